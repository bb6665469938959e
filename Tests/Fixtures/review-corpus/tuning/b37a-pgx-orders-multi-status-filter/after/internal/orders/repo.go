package orders

import (
	"context"
	"fmt"
	"strconv"
	"strings"
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
	Statuses   []string
	Limit      int
}

func (r *Repo) List(ctx context.Context, f ListFilter) ([]Order, error) {
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}

	args := []any{f.CustomerID}
	where := []string{"customer_id = $1"}
	if len(f.Statuses) > 0 {
		ph := make([]string, len(f.Statuses))
		for i, s := range f.Statuses {
			args = append(args, s)
			ph[i] = "$" + strconv.Itoa(len(args))
		}
		where = append(where, "status IN ("+strings.Join(ph, ", ")+")")
	}
	args = append(args, f.Limit)

	q := fmt.Sprintf(`
		SELECT id, customer_id, status, total_minor, placed_at
		FROM orders
		WHERE %s
		ORDER BY placed_at DESC
		LIMIT $%d`, strings.Join(where, " AND "), len(args))

	rows, err := r.pool.Query(ctx, q, args...)
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
