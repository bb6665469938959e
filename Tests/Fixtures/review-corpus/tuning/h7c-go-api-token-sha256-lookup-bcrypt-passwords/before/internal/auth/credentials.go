package auth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

const (
	passwordCost   = 12
	tokenPrefix    = "acp_"
	tokenRandBytes = 32
)

var ErrInvalidCredentials = errors.New("auth: invalid credentials")

// HashPassword is used for interactive user passwords.
func HashPassword(plain string) (string, error) {
	if len(plain) < 12 {
		return "", errors.New("auth: password too short")
	}
	b, err := bcrypt.GenerateFromPassword([]byte(plain), passwordCost)
	return string(b), err
}

func CheckPassword(hash, plain string) error {
	if err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(plain)); err != nil {
		return ErrInvalidCredentials
	}
	return nil
}

type TokenStore interface {
	// TokensForOwnerPrefix returns candidate (id, hash) pairs whose stored 8-char
	// lookup prefix matches.
	TokensForPrefix(ctx context.Context, lookup string) ([]StoredToken, error)
}

type StoredToken struct {
	ID      int64
	OwnerID int64
	Hash    string
}

// NewAPIToken returns the plaintext token (shown to the user once) and the value to store.
func NewAPIToken() (plain, lookup, stored string, err error) {
	buf := make([]byte, tokenRandBytes)
	if _, err = rand.Read(buf); err != nil {
		return "", "", "", err
	}
	plain = tokenPrefix + base64.RawURLEncoding.EncodeToString(buf)
	lookup = plain[len(tokenPrefix) : len(tokenPrefix)+8]
	h, err := bcrypt.GenerateFromPassword([]byte(plain), bcrypt.MinCost)
	if err != nil {
		return "", "", "", err
	}
	return plain, lookup, string(h), nil
}

// AuthenticateToken is on the hot path of every API request.
func AuthenticateToken(ctx context.Context, store TokenStore, plain string) (*StoredToken, error) {
	if !strings.HasPrefix(plain, tokenPrefix) || len(plain) < len(tokenPrefix)+8 {
		return nil, ErrInvalidCredentials
	}
	lookup := plain[len(tokenPrefix) : len(tokenPrefix)+8]
	cands, err := store.TokensForPrefix(ctx, lookup)
	if err != nil {
		return nil, err
	}
	for i := range cands {
		if bcrypt.CompareHashAndPassword([]byte(cands[i].Hash), []byte(plain)) == nil {
			return &cands[i], nil
		}
	}
	return nil, ErrInvalidCredentials
}
