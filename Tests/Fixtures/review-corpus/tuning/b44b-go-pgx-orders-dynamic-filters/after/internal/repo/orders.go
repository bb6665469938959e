package repo

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type OrderFilter struct {
	CustomerID int64
	Status     string
	Since      *time.Time
	SKUs       []string
}

type Orders struct{ pool *pgxpool.Pool }

func NewOrders(pool *pgxpool.Pool) *Orders { return &Orders{pool: pool} }

// List returns the newest orders for a customer, optionally narrowed by status.
// Conditions are collected with numbered placeholders; values only travel in args.
func (o *Orders) List(ctx context.Context, f OrderFilter) ([]Order, error) {
	where := []string{"customer_id = $1"}
	args := []any{f.CustomerID}
	if f.Status != "" {
		args = append(args, f.Status)
		where = append(where, fmt.Sprintf("status = $%d", len(args)))
	}
	if f.Since != nil {
		args = append(args, *f.Since)
		where = append(where, fmt.Sprintf("placed_at >= $%d", len(args)))
	}
	if len(f.SKUs) > 0 {
		args = append(args, f.SKUs)
		where = append(where, fmt.Sprintf(
			"EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.id AND l.sku = ANY($%d))", len(args)))
	}
	sql := "SELECT id, customer_id, status, total_cents, placed_at FROM orders WHERE " +
		strings.Join(where, " AND ") + " ORDER BY placed_at DESC LIMIT 200"
	rows, err := o.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[Order])
}
