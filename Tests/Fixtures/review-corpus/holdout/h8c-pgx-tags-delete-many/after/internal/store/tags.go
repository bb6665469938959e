package store

import (
	"context"
	"fmt"
	"strings"

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

// DeleteMany removes the given tags from a project in one statement.
func (s *TagStore) DeleteMany(ctx context.Context, projectID int64, ids []int64) (int64, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	placeholders := make([]string, len(ids))
	args := make([]any, 0, len(ids)+1)
	args = append(args, projectID)
	for i, id := range ids {
		placeholders[i] = fmt.Sprintf("$%d", i+2)
		args = append(args, id)
	}
	q := fmt.Sprintf(`DELETE FROM tags WHERE project_id = $1 AND id IN (%s)`, strings.Join(placeholders, ", "))
	tag, err := s.pool.Exec(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}
