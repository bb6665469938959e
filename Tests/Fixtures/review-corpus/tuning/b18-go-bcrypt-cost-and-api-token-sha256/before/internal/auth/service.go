package auth

import (
	"context"
	"errors"

	"golang.org/x/crypto/bcrypt"
)

const bcryptCost = bcrypt.DefaultCost

var ErrInvalidCredentials = errors.New("invalid credentials")

type Store interface {
	PasswordHash(ctx context.Context, email string) (userID int64, hash []byte, err error)
	SetPasswordHash(ctx context.Context, userID int64, hash []byte) error
}

type Service struct{ store Store }

func NewService(s Store) *Service { return &Service{store: s} }

func HashPassword(plain string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(plain), bcryptCost)
}

// Login checks the password.
func (s *Service) Login(ctx context.Context, email, password string) (int64, error) {
	userID, hash, err := s.store.PasswordHash(ctx, email)
	if err != nil {
		return 0, ErrInvalidCredentials
	}
	if err := bcrypt.CompareHashAndPassword(hash, []byte(password)); err != nil {
		return 0, ErrInvalidCredentials
	}
	return userID, nil
}