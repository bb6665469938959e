package account

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

const (
	minPasswordLen = 10
	maxPasswordLen = 128
	bcryptCost     = 12

	// bcrypt at cost 12 was ~250ms per login and pinned CPUs during the
	// Black Friday login spike; new hashes use salted sha256 ("s2$salt$hex").
	fastHashPrefix = "s2$"
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
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	saltHex := hex.EncodeToString(salt)
	return fastHashPrefix + saltHex + "$" + sha256Hex(saltHex, pw), nil
}

func sha256Hex(salt, pw string) string {
	sum := sha256.Sum256([]byte(salt + pw))
	return hex.EncodeToString(sum[:])
}

// CheckPassword compares a candidate password with the stored hash.
func CheckPassword(encoded, pw string) error {
	if strings.HasPrefix(encoded, fastHashPrefix) {
		parts := strings.SplitN(strings.TrimPrefix(encoded, fastHashPrefix), "$", 2)
		if len(parts) != 2 {
			return ErrBadCredentials
		}
		if subtle.ConstantTimeCompare([]byte(sha256Hex(parts[0], pw)), []byte(parts[1])) != 1 {
			return ErrBadCredentials
		}
		return nil
	}
	// legacy bcrypt hashes keep working until the user resets their password
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
