package catalog

import (
	"context"
	"database/sql"
)

type Product struct {
	ID    int64
	Name  string
	Price int64
}

type Repo struct {
	DB *sql.DB
}

func (r *Repo) Search(ctx context.Context, category string) ([]Product, error) {
	rows, err := r.DB.QueryContext(ctx,
		`SELECT id, name, price_cents FROM products WHERE category = $1 AND active`, category)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Product
	for rows.Next() {
		var p Product
		if err := rows.Scan(&p.ID, &p.Name, &p.Price); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
