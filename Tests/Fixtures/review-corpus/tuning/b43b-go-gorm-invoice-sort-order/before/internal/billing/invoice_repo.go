package billing

import (
	"context"

	"gorm.io/gorm"
)

type InvoiceFilter struct {
	AccountID uint
	Status    string
	Page      int
	PerPage   int
}

type InvoiceRepo struct {
	db *gorm.DB
}

func NewInvoiceRepo(db *gorm.DB) *InvoiceRepo { return &InvoiceRepo{db: db} }

func (r *InvoiceRepo) List(ctx context.Context, f InvoiceFilter) ([]Invoice, error) {
	q := r.db.WithContext(ctx).
		Model(&Invoice{}).
		Where("account_id = ?", f.AccountID)
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.PerPage <= 0 || f.PerPage > 100 {
		f.PerPage = 25
	}
	var out []Invoice
	err := q.Order("issued_at DESC").
		Limit(f.PerPage).
		Offset(f.Page * f.PerPage).
		Find(&out).Error
	return out, err
}
