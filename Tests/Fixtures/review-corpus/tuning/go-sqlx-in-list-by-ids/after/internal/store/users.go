package store

import (
	"context"

	"github.com/jmoiron/sqlx"
)

type User struct {
	ID    int64  `db:"id"`
	Email string `db:"email"`
	Name  string `db:"display_name"`
	OrgID int64  `db:"org_id"`
}

type UserStore struct {
	db *sqlx.DB
}

func NewUserStore(db *sqlx.DB) *UserStore {
	return &UserStore{db: db}
}

func (s *UserStore) Get(ctx context.Context, id int64) (*User, error) {
	var u User
	err := s.db.GetContext(ctx, &u, `SELECT id, email, display_name, org_id FROM users WHERE id = $1`, id)
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// ListByIDs returns the users of orgID whose ids are in ids, in no particular order.
func (s *UserStore) ListByIDs(ctx context.Context, orgID int64, ids []int64) ([]User, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	query, args, err := sqlx.In(
		`SELECT id, email, display_name, org_id FROM users WHERE org_id = ? AND id IN (?)`,
		orgID, ids,
	)
	if err != nil {
		return nil, err
	}
	var users []User
	if err := s.db.SelectContext(ctx, &users, s.db.Rebind(query), args...); err != nil {
		return nil, err
	}
	return users, nil
}
