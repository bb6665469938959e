package store

import (
	"database/sql"
	"fmt"
	"net/http"
)

type Product struct {
	ID    int64
	Name  string
	Price int64
}

func ListProducts(db *sql.DB, r *http.Request) ([]Product, error) {
	sort := r.URL.Query().Get("sort")
	if sort == "" {
		sort = "name"
	}
	q := fmt.Sprintf("SELECT id, name, price FROM products WHERE category = '%s' ORDER BY %s",
		r.URL.Query().Get("category"), sort)
	rows, err := db.Query(q)
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