package telemetry

import (
	"context"
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

// EventsForDevice returns a device's events in [from, to).
func (s *Store) EventsForDevice(ctx context.Context, deviceID string, from, to time.Time) ([]Event, error) {
	rows, err := s.pool.Query(ctx,
		`SELECT device_id, kind, payload, created_at
		   FROM device_events
		  WHERE device_id = $1 AND created_at >= $2 AND created_at < $3
		  ORDER BY created_at`,
		deviceID, from, to)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Event])
}
