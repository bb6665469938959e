package store

import (
	"context"
	"database/sql"
	"fmt"
)

var sortColumns = map[string]string{
	"name":    "u.display_name",
	"created": "u.created_at",
	"login":   "u.last_login_at",
}

func (s *Store) ListUsers(ctx context.Context, orgID int64, sortKey string, desc bool) (*sql.Rows, error) {
	col, ok := sortColumns[sortKey]
	if !ok {
		col = sortColumns["name"]
	}
	dir := "ASC"
	if desc {
		dir = "DESC"
	}
	query := fmt.Sprintf(`SELECT u.id, u.display_name, u.email
		FROM users u
		WHERE u.org_id = $1
		ORDER BY %s %s
		LIMIT 100`, col, dir)
	return s.db.QueryContext(ctx, query, orgID)
}