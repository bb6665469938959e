package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
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

// maxBatch keeps GetMany well under Postgres' 65535 bind-parameter limit.
const maxBatch = 500

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
	if len(ids) == 0 {
		return nil, nil
	}
	if len(ids) > maxBatch {
		return nil, fmt.Errorf("catalog: at most %d ids per batch, got %d", maxBatch, len(ids))
	}

	// One round trip instead of one query per id: build "$1, $2, ..." and bind every id.
	placeholders := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		placeholders[i] = fmt.Sprintf("$%d", i+1)
		args[i] = id
	}
	query := fmt.Sprintf("SELECT %s FROM products WHERE id IN (%s) ORDER BY id",
		productColumns, strings.Join(placeholders, ", "))

	rows, err := r.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("get products: %w", err)
	}
	defer rows.Close()

	out := make([]Product, 0, len(ids))
	for rows.Next() {
		p, err := scanProduct(rows)
		if err != nil {
			return nil, fmt.Errorf("scan product: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
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