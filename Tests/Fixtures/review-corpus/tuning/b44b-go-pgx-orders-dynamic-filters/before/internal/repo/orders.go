package repo

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type OrderFilter struct {
	CustomerID int64
	Status     string
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
	sql := "SELECT id, customer_id, status, total_cents, placed_at FROM orders WHERE " +
		strings.Join(where, " AND ") + " ORDER BY placed_at DESC LIMIT 200"
	rows, err := o.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByName[Order])
}
