package store

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
)

var sortColumns = map[string]string{
	"name":    "c.name",
	"created": "c.created_at",
	"spend":   "c.lifetime_spend",
}

type CustomerStore struct{ db *sqlx.DB }

// Search lists customers whose name matches term, sorted by one of sortColumns.
func (s *CustomerStore) Search(ctx context.Context, term, sort string) ([]Customer, error) {
	col, ok := sortColumns[sort]
	if !ok {
		col = sortColumns["name"]
	}
	query := fmt.Sprintf(
		"SELECT c.id, c.name, c.email FROM customers c WHERE c.name ILIKE $1 ORDER BY %s LIMIT 100", col)
	var out []Customer
	err := s.db.SelectContext(ctx, &out, query, "%"+term+"%")
	return out, err
}