package repo

import (
	"context"
	"database/sql"
	"errors"
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

func (r *ProjectRepo) Rename(ctx context.Context, orgID, id int64, name string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE projects SET name = $3 WHERE org_id = $1 AND id = $2`,
		orgID, id, name)
	return err
}
