package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

type DocumentStore struct {
	db  *sqlx.DB
	now func() time.Time
}

// Archive hides one document the owner holds; it is a no-op for anyone else's document.
func (s *DocumentStore) Archive(ctx context.Context, ownerID, docID int64) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE documents SET archived_at = $1 WHERE id = $2 AND owner_id = $3 AND archived_at IS NULL`,
		s.now(), docID, ownerID)
	return err
}

// ArchiveMany archives each listed document the owner holds; other ids are ignored.
func (s *DocumentStore) ArchiveMany(ctx context.Context, ownerID int64, docIDs []int64) (int64, error) {
	if len(docIDs) == 0 {
		return 0, nil
	}
	query, args, err := sqlx.In(
		`UPDATE documents SET archived_at = ? WHERE owner_id = ? AND archived_at IS NULL AND id IN (?)`,
		s.now(), ownerID, docIDs)
	if err != nil {
		return 0, err
	}
	res, err := s.db.ExecContext(ctx, s.db.Rebind(query), args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
