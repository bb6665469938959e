package inventory

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Repo struct {
	pool *pgxpool.Pool
}

func NewRepo(pool *pgxpool.Pool) *Repo { return &Repo{pool: pool} }

// StockBySKU returns on-hand quantity for one SKU across all warehouses.
func (r *Repo) StockBySKU(ctx context.Context, sku string) (int, error) {
	var qty int
	err := r.pool.QueryRow(ctx,
		`SELECT COALESCE(SUM(on_hand), 0) FROM stock WHERE sku = $1`, sku).Scan(&qty)
	return qty, err
}
