package billing

import (
	"context"

	"gorm.io/gorm"
)

type InvoiceFilter struct {
	AccountID uint
	Status    string
	Sort      string // from ?sort=, e.g. "amount_due desc"
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
	order := "issued_at DESC"
	if f.Sort != "" {
		order = f.Sort
	}
	var out []Invoice
	err := q.Order(order).
		Limit(f.PerPage).
		Offset(f.Page * f.PerPage).
		Find(&out).Error
	return out, err
}
