package auth

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

const bcryptCost = 12

var ErrInvalidCredentials = errors.New("auth: invalid credentials")

// HashPassword returns the encoded hash stored in users.password_hash.
func HashPassword(plain string) (string, error) {
	if len(plain) < 10 {
		return "", errors.New("auth: password too short")
	}
	b, err := bcrypt.GenerateFromPassword([]byte(plain), bcryptCost)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// CheckPassword compares a login attempt against the stored hash.
func CheckPassword(stored, plain string) error {
	if err := bcrypt.CompareHashAndPassword([]byte(stored), []byte(plain)); err != nil {
		return ErrInvalidCredentials
	}
	return nil
}
