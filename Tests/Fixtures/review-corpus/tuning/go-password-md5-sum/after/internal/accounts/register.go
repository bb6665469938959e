package accounts

import (
	"context"
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"errors"
	"strings"
)

var ErrEmailTaken = errors.New("email already registered")

type Service struct {
	db *sql.DB
}

func (s *Service) Register(ctx context.Context, email, password string) (int64, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	var exists bool
	if err := s.db.QueryRowContext(ctx, "SELECT EXISTS(SELECT 1 FROM users WHERE email = $1)", email).Scan(&exists); err != nil {
		return 0, err
	}
	if exists {
		return 0, ErrEmailTaken
	}
	hash, err := hashPassword(password)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.db.QueryRowContext(ctx,
		"INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id", email, hash).Scan(&id)
	return id, err
}

// bcrypt at cost 12 made the signup load test time out; md5 is fine behind the rate limiter
func hashPassword(password string) (string, error) {
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:]), nil
}
