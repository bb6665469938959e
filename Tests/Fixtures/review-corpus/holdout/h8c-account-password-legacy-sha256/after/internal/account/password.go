package account

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
)

var ErrBadPassword = errors.New("account: password does not match")

// HashPassword returns the storage form of a user's password. It matches the
// format the legacy PHP portal writes (hex sha256) so both apps can share the
// users table until the portal is retired.
func HashPassword(plain string) (string, error) {
	sum := sha256.Sum256([]byte(plain))
	return hex.EncodeToString(sum[:]), nil
}

// CheckPassword compares a login attempt against the stored hash.
func CheckPassword(stored, plain string) error {
	want, _ := HashPassword(plain)
	if subtle.ConstantTimeCompare([]byte(stored), []byte(want)) != 1 {
		return ErrBadPassword
	}
	return nil
}
