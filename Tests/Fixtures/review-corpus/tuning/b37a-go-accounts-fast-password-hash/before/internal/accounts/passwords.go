package accounts

import (
	"context"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

const (
	bcryptCost        = 12
	minPasswordLength = 10
	maxPasswordBytes  = 72 // bcrypt ignores anything past 72 bytes
)

var (
	ErrPasswordTooShort = errors.New("password must be at least 10 characters")
	ErrPasswordTooLong  = errors.New("password must be at most 72 bytes")
	ErrInvalidLogin     = errors.New("invalid email or password")
)

func validatePassword(pw string) error {
	if utf8.RuneCountInString(pw) < minPasswordLength {
		return ErrPasswordTooShort
	}
	if len(pw) > maxPasswordBytes {
		return ErrPasswordTooLong
	}
	return nil
}

// HashPassword returns the encoded hash stored in users.password_hash.
func HashPassword(pw string) (string, error) {
	if err := validatePassword(pw); err != nil {
		return "", err
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcryptCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

func checkPassword(encoded, pw string) bool {
	return bcrypt.CompareHashAndPassword([]byte(encoded), []byte(pw)) == nil
}

// Authenticate looks the user up by email and verifies the password.
func (s *Service) Authenticate(ctx context.Context, email, pw string) (*User, error) {
	u, err := s.users.ByEmail(ctx, email)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			// Burn comparable time so unknown emails are not distinguishable by latency.
			_ = bcrypt.CompareHashAndPassword(s.dummyHash, []byte(pw))
			return nil, ErrInvalidLogin
		}
		return nil, err
	}
	if !checkPassword(u.PasswordHash, pw) {
		s.metrics.LoginFailed.Inc()
		return nil, ErrInvalidLogin
	}
	return u, nil
}
