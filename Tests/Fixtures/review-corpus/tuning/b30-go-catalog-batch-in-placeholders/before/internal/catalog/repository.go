package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

var ErrNotFound = errors.New("catalog: product not found")

type Product struct {
	ID         int64     `json:"id"`
	SKU        string    `json:"sku"`
	Name       string    `json:"name"`
	PriceCents int64     `json:"price_cents"`
	UpdatedAt  time.Time `json:"updated_at"`
}

type Repository struct {
	db *sql.DB
}

func NewRepository(db *sql.DB) *Repository {
	return &Repository{db: db}
}

const productColumns = "id, sku, name, price_cents, updated_at"

type scanner interface {
	Scan(dest ...any) error
}

func scanProduct(row scanner) (Product, error) {
	var p Product
	err := row.Scan(&p.ID, &p.SKU, &p.Name, &p.PriceCents, &p.UpdatedAt)
	return p, err
}

func (r *Repository) Get(ctx context.Context, id int64) (Product, error) {
	row := r.db.QueryRowContext(ctx, "SELECT "+productColumns+" FROM products WHERE id = $1", id)
	p, err := scanProduct(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Product{}, ErrNotFound
	}
	return p, err
}

// GetMany loads the products with the given ids; ids that do not exist are skipped.
func (r *Repository) GetMany(ctx context.Context, ids []int64) ([]Product, error) {
	out := make([]Product, 0, len(ids))
	for _, id := range ids {
		p, err := r.Get(ctx, id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("get product %d: %w", id, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func (r *Repository) UpdatePrice(ctx context.Context, id int64, cents int64) error {
	res, err := r.db.ExecContext(ctx,
		"UPDATE products SET price_cents = $1, updated_at = now() WHERE id = $2", cents, id)
	if err != nil {
		return fmt.Errorf("update price: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}