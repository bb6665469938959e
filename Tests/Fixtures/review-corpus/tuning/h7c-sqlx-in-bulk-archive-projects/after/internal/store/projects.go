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

// ArchiveMany archives every listed project that belongs to orgID and returns how
// many rows changed. Ids from other orgs are silently ignored.
func (s *ProjectStore) ArchiveMany(ctx context.Context, orgID int64, ids []int64) (int64, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	if len(ids) > 500 {
		return 0, fmt.Errorf("archive: %d ids exceeds the 500 limit", len(ids))
	}

	query, args, err := sqlx.In(
		`UPDATE projects SET archived_at = now()
		  WHERE org_id = ? AND id IN (?) AND archived_at IS NULL`,
		orgID, ids)
	if err != nil {
		return 0, fmt.Errorf("archive: build query: %w", err)
	}
	query = s.db.Rebind(query)

	res, err := s.db.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, fmt.Errorf("archive %d projects: %w", len(ids), err)
	}
	return res.RowsAffected()
}

func (s *ProjectStore) Rename(ctx context.Context, orgID, id int64, name string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE projects SET name = $3 WHERE org_id = $1 AND id = $2`,
		orgID, id, name)
	return err
}
