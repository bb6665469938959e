package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

var ErrNotFound = errors.New("not found")

type Project struct {
	ID         int64        `db:"id"`
	OrgID      int64        `db:"org_id"`
	Name       string       `db:"name"`
	CreatedAt  time.Time    `db:"created_at"`
	ArchivedAt sql.NullTime `db:"archived_at"`
}

type ProjectStore struct {
	db *sqlx.DB
}

func NewProjectStore(db *sqlx.DB) *ProjectStore { return &ProjectStore{db: db} }

func (s *ProjectStore) Get(ctx context.Context, orgID, id int64) (*Project, error) {
	var p Project
	err := s.db.GetContext(ctx, &p,
		`SELECT id, org_id, name, created_at, archived_at FROM projects WHERE org_id = $1 AND id = $2`,
		orgID, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}

func (s *ProjectStore) ListActive(ctx context.Context, orgID int64) ([]Project, error) {
	var ps []Project
	err := s.db.SelectContext(ctx, &ps,
		`SELECT id, org_id, name, created_at, archived_at
		   FROM projects
		  WHERE org_id = $1 AND archived_at IS NULL
		  ORDER BY name`,
		orgID)
	return ps, err
}

// Archive marks one project archived. It is idempotent.
func (s *ProjectStore) Archive(ctx context.Context, orgID, id int64) error {
	res, err := s.db.ExecContext(ctx,
		`UPDATE projects SET archived_at = now()
		  WHERE org_id = $1 AND id = $2 AND archived_at IS NULL`,
		orgID, id)
	if err != nil {
		return fmt.Errorf("archive project %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		if _, err := s.Get(ctx, orgID, id); err != nil {
			return err
		}
	}
	return nil
}

func (s *ProjectStore) Rename(ctx context.Context, orgID, id int64, name string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE projects SET name = $3 WHERE org_id = $1 AND id = $2`,
		orgID, id, name)
	return err
}
