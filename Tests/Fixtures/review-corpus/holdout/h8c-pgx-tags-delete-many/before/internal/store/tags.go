package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

type TagStore struct {
	pool *pgxpool.Pool
}

type Tag struct {
	ID    int64
	Name  string
	Color string
}

func (s *TagStore) ForProject(ctx context.Context, projectID int64) ([]Tag, error) {
	rows, err := s.pool.Query(ctx,
		`SELECT id, name, color FROM tags WHERE project_id = $1 ORDER BY name`, projectID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Tag
	for rows.Next() {
		var t Tag
		if err := rows.Scan(&t.ID, &t.Name, &t.Color); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
