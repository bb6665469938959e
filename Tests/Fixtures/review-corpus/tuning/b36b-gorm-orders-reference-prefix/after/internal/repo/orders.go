package repo

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/shipfast/merchant-api/internal/model"
)

// OrderFilter is bound from the GET /v1/orders query string by the handler
// (c.ShouldBindQuery).
type OrderFilter struct {
	Status    string    `form:"status" binding:"omitempty,oneof=pending paid shipped refunded"`
	From      time.Time `form:"from" time_format:"2006-01-02"`
	To        time.Time `form:"to" time_format:"2006-01-02"`
	Reference string    `form:"reference" binding:"omitempty,max=64"`
	Limit     int       `form:"limit" binding:"omitempty,min=1,max=500"`
	Cursor    int64     `form:"cursor"`
}

type OrderRepo struct {
	db *gorm.DB
}

func NewOrderRepo(db *gorm.DB) *OrderRepo {
	return &OrderRepo{db: db}
}

func (r *OrderRepo) List(ctx context.Context, merchantID int64, f OrderFilter) ([]model.Order, error) {
	where := "merchant_id = ?"
	args := []any{merchantID}

	if f.Status != "" {
		where += " AND status = ?"
		args = append(args, f.Status)
	}
	if !f.From.IsZero() {
		where += " AND created_at >= ?"
		args = append(args, f.From)
	}
	if !f.To.IsZero() {
		where += " AND created_at < ?"
		args = append(args, f.To.AddDate(0, 0, 1))
	}
	if f.Reference != "" {
		// prefix match so support can paste a truncated marketplace reference
		where += fmt.Sprintf(" AND external_ref LIKE '%s%%'", f.Reference)
	}
	if f.Cursor > 0 {
		where += " AND id < ?"
		args = append(args, f.Cursor)
	}

	limit := f.Limit
	if limit == 0 {
		limit = 100
	}

	var orders []model.Order
	err := r.db.WithContext(ctx).
		Where(where, args...).
		Order("id DESC").
		Limit(limit).
		Preload("Items").
		Find(&orders).Error
	return orders, err
}

func (r *OrderRepo) Get(ctx context.Context, merchantID, id int64) (*model.Order, error) {
	var o model.Order
	err := r.db.WithContext(ctx).
		Where("merchant_id = ? AND id = ?", merchantID, id).
		Preload("Items").
		First(&o).Error
	if err != nil {
		return nil, err
	}
	return &o, nil
}
