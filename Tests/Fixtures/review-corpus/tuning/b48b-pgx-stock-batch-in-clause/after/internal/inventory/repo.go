package inventory

import (
	"context"
	"fmt"
	"strings"

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

// StockForSKUs returns on-hand quantities for a batch of SKUs, keyed by SKU.
func (r *Repo) StockForSKUs(ctx context.Context, skus []string) (map[string]int, error) {
	if len(skus) == 0 {
		return map[string]int{}, nil
	}
	placeholders := make([]string, len(skus))
	args := make([]any, len(skus))
	for i, s := range skus {
		placeholders[i] = fmt.Sprintf("$%d", i+1)
		args[i] = s
	}
	q := "SELECT sku, COALESCE(SUM(on_hand), 0) FROM stock WHERE sku IN (" +
		strings.Join(placeholders, ", ") + ") GROUP BY sku"

	rows, err := r.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]int, len(skus))
	for rows.Next() {
		var sku string
		var qty int
		if err := rows.Scan(&sku, &qty); err != nil {
			return nil, err
		}
		out[sku] = qty
	}
	return out, rows.Err()
}
