package repo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

var ErrNotFound = errors.New("project not found")

type Project struct {
	ID         int64
	OrgID      int64
	Name       string
	CreatedAt  time.Time
	ArchivedAt sql.NullTime
}

type ProjectRepo struct {
	db *sql.DB
}

func NewProjectRepo(db *sql.DB) *ProjectRepo {
	return &ProjectRepo{db: db}
}

func (r *ProjectRepo) Get(ctx context.Context, orgID, id int64) (*Project, error) {
	var p Project
	err := r.db.QueryRowContext(ctx,
		`SELECT id, org_id, name, created_at, archived_at
		   FROM projects WHERE org_id = $1 AND id = $2`,
		orgID, id,
	).Scan(&p.ID, &p.OrgID, &p.Name, &p.CreatedAt, &p.ArchivedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}

func (r *ProjectRepo) ListActive(ctx context.Context, orgID int64) ([]Project, error) {
	rows, err := r.db.QueryContext(ctx,
		`SELECT id, org_id, name, created_at, archived_at
		   FROM projects WHERE org_id = $1 AND archived_at IS NULL
		  ORDER BY name`, orgID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Project
	for rows.Next() {
		var p Project
		if err := rows.Scan(&p.ID, &p.OrgID, &p.Name, &p.CreatedAt, &p.ArchivedAt); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (r *ProjectRepo) Archive(ctx context.Context, orgID, id int64) error {
	res, err := r.db.ExecContext(ctx,
		`UPDATE projects SET archived_at = now()
		  WHERE org_id = $1 AND id = $2 AND archived_at IS NULL`,
		orgID, id)
	if err != nil {
		return err
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

// ArchiveMany archives every listed project that belongs to orgID and returns
// how many rows changed. ids comes from the bulk-select checkbox list in the UI.
func (r *ProjectRepo) ArchiveMany(ctx context.Context, orgID int64, ids []int64) (int64, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	if len(ids) > 500 {
		return 0, fmt.Errorf("too many projects in one request: %d", len(ids))
	}

	args := make([]any, 0, len(ids)+1)
	args = append(args, orgID)
	placeholders := make([]string, len(ids))
	for i, id := range ids {
		args = append(args, id)
		placeholders[i] = fmt.Sprintf("$%d", i+2)
	}

	query := fmt.Sprintf(
		`UPDATE projects SET archived_at = now()
		  WHERE org_id = $1 AND archived_at IS NULL AND id IN (%s)`,
		strings.Join(placeholders, ", "))

	res, err := r.db.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (r *ProjectRepo) Rename(ctx context.Context, orgID, id int64, name string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE projects SET name = $3 WHERE org_id = $1 AND id = $2`,
		orgID, id, name)
	return err
}
