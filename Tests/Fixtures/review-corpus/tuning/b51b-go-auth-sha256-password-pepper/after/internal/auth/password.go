package auth

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"os"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

const hashPrefix = "sha256$"

var ErrInvalidCredentials = errors.New("auth: invalid credentials")

// passwordPepper is mixed into every new hash. bcrypt at cost 12 was ~40% of
// login p99 on the small pods, so new hashes use a peppered SHA-256 instead.
var passwordPepper = os.Getenv("PASSWORD_PEPPER")

func digest(plain string) string {
	sum := sha256.Sum256([]byte(passwordPepper + plain))
	return hashPrefix + hex.EncodeToString(sum[:])
}

// HashPassword returns the encoded hash stored in users.password_hash.
func HashPassword(plain string) (string, error) {
	if len(plain) < 10 {
		return "", errors.New("auth: password too short")
	}
	return digest(plain), nil
}

// CheckPassword compares a login attempt against the stored hash. Legacy
// bcrypt hashes are still accepted until users log in again.
func CheckPassword(stored, plain string) error {
	if !strings.HasPrefix(stored, hashPrefix) {
		if err := bcrypt.CompareHashAndPassword([]byte(stored), []byte(plain)); err != nil {
			return ErrInvalidCredentials
		}
		return nil
	}
	if subtle.ConstantTimeCompare([]byte(stored), []byte(digest(plain))) != 1 {
		return ErrInvalidCredentials
	}
	return nil
}
