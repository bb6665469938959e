package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

type Shipment struct {
	ID        int64     `db:"id"`
	OrderID   int64     `db:"order_id"`
	Carrier   string    `db:"carrier"`
	Status    string    `db:"status"`
	UpdatedAt time.Time `db:"updated_at"`
}

type ShipmentStore struct {
	db *sqlx.DB
}

func NewShipmentStore(db *sqlx.DB) *ShipmentStore {
	return &ShipmentStore{db: db}
}

func (s *ShipmentStore) ByOrder(ctx context.Context, orderID int64) ([]Shipment, error) {
	var out []Shipment
	err := s.db.SelectContext(ctx, &out,
		`SELECT id, order_id, carrier, status, updated_at FROM shipments WHERE order_id = $1 ORDER BY updated_at DESC`,
		orderID)
	return out, err
}

func (s *ShipmentStore) ByStatuses(ctx context.Context, carrier string, statuses []string) ([]Shipment, error) {
	query, args, err := sqlx.In(
		`SELECT id, order_id, carrier, status, updated_at FROM shipments WHERE carrier = ? AND status IN (?)`,
		carrier, statuses)
	if err != nil {
		return nil, err
	}
	query = s.db.Rebind(query)
	var out []Shipment
	err = s.db.SelectContext(ctx, &out, query, args...)
	return out, err
}
