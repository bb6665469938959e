package orders

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Repo struct {
	pool *pgxpool.Pool
}

func NewRepo(pool *pgxpool.Pool) *Repo { return &Repo{pool: pool} }

type Order struct {
	ID         int64
	CustomerID int64
	Status     string
	TotalMinor int64
	PlacedAt   time.Time
}

type ListFilter struct {
	CustomerID int64
	Status     string
	Limit      int
}

func (r *Repo) List(ctx context.Context, f ListFilter) ([]Order, error) {
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}

	const q = `
		SELECT id, customer_id, status, total_minor, placed_at
		FROM orders
		WHERE customer_id = $1 AND status = $2
		ORDER BY placed_at DESC
		LIMIT $3`

	rows, err := r.pool.Query(ctx, q, f.CustomerID, f.Status, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("list orders: %w", err)
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Order])
}

func (r *Repo) MarkShipped(ctx context.Context, id int64, at time.Time) error {
	tag, err := r.pool.Exec(ctx,
		`UPDATE orders SET status = 'shipped', shipped_at = $2 WHERE id = $1 AND status = 'paid'`,
		id, at)
	if err != nil {
		return fmt.Errorf("mark shipped: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrNotShippable
	}
	return nil
}
