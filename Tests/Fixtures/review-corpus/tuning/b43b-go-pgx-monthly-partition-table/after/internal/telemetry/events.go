package telemetry

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Event struct {
	DeviceID  string
	Kind      string
	Payload   []byte
	CreatedAt time.Time
}

type Store struct {
	pool *pgxpool.Pool
}

// partitionFor names the monthly partition holding t, e.g. device_events_2024_07.
func partitionFor(t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("device_events_%04d_%02d", t.Year(), int(t.Month()))
}

// EventsForDevice returns a device's events in [from, to).
// Queries that stay inside one month hit the partition directly so the planner
// does not have to consider the other 36 partitions.
func (s *Store) EventsForDevice(ctx context.Context, deviceID string, from, to time.Time) ([]Event, error) {
	table := "device_events"
	if partitionFor(from) == partitionFor(to.Add(-time.Nanosecond)) {
		table = partitionFor(from)
	}
	query := fmt.Sprintf(`SELECT device_id, kind, payload, created_at
		   FROM %s
		  WHERE device_id = $1 AND created_at >= $2 AND created_at < $3
		  ORDER BY created_at`, pgx.Identifier{table}.Sanitize())
	rows, err := s.pool.Query(ctx, query, deviceID, from, to)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Event])
}
