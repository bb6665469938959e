package orders

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type StatusRow struct {
	ID     string
	Status string
}

type StatusStore struct {
	pool *pgxpool.Pool
}

// Statuses returns the current status of each order that belongs to merchantID.
func (s *StatusStore) Statuses(ctx context.Context, merchantID string, ids []string) ([]StatusRow, error) {
	out := make([]StatusRow, 0, len(ids))
	for _, id := range ids {
		var row StatusRow
		err := s.pool.QueryRow(ctx,
			"SELECT id, status FROM orders WHERE merchant_id = $1 AND id = $2",
			merchantID, id,
		).Scan(&row.ID, &row.Status)
		if errors.Is(err, pgx.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, nil
}
