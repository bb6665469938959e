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
