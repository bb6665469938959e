package orders

import (
	"context"
	"strconv"
	"strings"

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
	if len(ids) == 0 {
		return nil, nil
	}
	var sb strings.Builder
	sb.WriteString("SELECT id, status FROM orders WHERE merchant_id = $1 AND id IN (")
	args := make([]any, 0, len(ids)+1)
	args = append(args, merchantID)
	for i, id := range ids {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString("$" + strconv.Itoa(i+2))
		args = append(args, id)
	}
	sb.WriteByte(')')

	rows, err := s.pool.Query(ctx, sb.String(), args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[StatusRow])
}
