package billing

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var ErrNotFound = errors.New("invoice not found")

type InvoiceRepo struct {
	db *gorm.DB
}

func NewInvoiceRepo(db *gorm.DB) *InvoiceRepo { return &InvoiceRepo{db: db} }

// Get returns an invoice only if it belongs to accountID.
func (r *InvoiceRepo) Get(ctx context.Context, accountID, invoiceID uint) (*Invoice, error) {
	var inv Invoice
	err := r.db.WithContext(ctx).
		Where("account_id = ?", accountID).
		Preload("Lines").
		First(&inv, invoiceID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	return &inv, err
}

// ListOpen returns unpaid invoices for an account, newest first.
func (r *InvoiceRepo) ListOpen(ctx context.Context, accountID uint) ([]Invoice, error) {
	var out []Invoice
	err := r.db.WithContext(ctx).
		Where("account_id = ? AND paid_at IS NULL", accountID).
		Order("issued_at DESC").
		Find(&out).Error
	return out, err
}
