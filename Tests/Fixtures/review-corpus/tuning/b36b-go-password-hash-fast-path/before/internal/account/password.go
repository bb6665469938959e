package account

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

const (
	minPasswordLen = 10
	maxPasswordLen = 72 // bcrypt ignores everything after 72 bytes
	bcryptCost     = 12
)

var (
	ErrPasswordTooShort = errors.New("password too short")
	ErrPasswordTooLong  = errors.New("password too long")
	ErrBadCredentials   = errors.New("invalid email or password")
)

// HashPassword returns the encoded hash stored in users.password_hash.
func HashPassword(pw string) (string, error) {
	if utf8.RuneCountInString(pw) < minPasswordLen {
		return "", ErrPasswordTooShort
	}
	if len(pw) > maxPasswordLen {
		return "", ErrPasswordTooLong
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcryptCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

// CheckPassword compares a candidate password with the stored hash.
func CheckPassword(encoded, pw string) error {
	if !strings.HasPrefix(encoded, "$2") {
		return ErrBadCredentials
	}
	if err := bcrypt.CompareHashAndPassword([]byte(encoded), []byte(pw)); err != nil {
		return ErrBadCredentials
	}
	return nil
}

// Authenticate looks up the user and verifies the password.
func (s *Service) Authenticate(ctx context.Context, email, pw string) (*User, error) {
	u, err := s.users.ByEmail(ctx, strings.ToLower(strings.TrimSpace(email)))
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			// burn comparable time so response timing doesn't reveal accounts
			_ = bcrypt.CompareHashAndPassword(s.dummyHash, []byte(pw))
			return nil, ErrBadCredentials
		}
		return nil, err
	}
	if err := CheckPassword(u.PasswordHash, pw); err != nil {
		s.metrics.LoginFailed(u.ID)
		return nil, err
	}
	return u, nil
}

// ResetPassword sets a new password after the reset token was validated.
func (s *Service) ResetPassword(ctx context.Context, userID int64, pw string) error {
	encoded, err := HashPassword(pw)
	if err != nil {
		return err
	}
	return s.users.UpdatePasswordHash(ctx, userID, encoded)
}
