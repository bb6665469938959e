package account

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

const bcryptCost = 12

var ErrBadPassword = errors.New("account: password does not match")

// HashPassword returns the storage form of a user's password.
func HashPassword(plain string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(plain), bcryptCost)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// CheckPassword compares a login attempt against the stored hash.
func CheckPassword(stored, plain string) error {
	if err := bcrypt.CompareHashAndPassword([]byte(stored), []byte(plain)); err != nil {
		return ErrBadPassword
	}
	return nil
}
