package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
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
	// TokenByDigest returns the token whose stored SHA-256 digest matches, or nil.
	TokenByDigest(ctx context.Context, digest string) (*StoredToken, error)
}

type StoredToken struct {
	ID      int64
	OwnerID int64
	Hash    string
}

// tokenDigest is a plain SHA-256: API tokens carry 256 bits from crypto/rand, so
// there is nothing to brute-force and a fast, indexable digest is enough.
// (Passwords are low-entropy and keep using bcrypt above.)
func tokenDigest(plain string) string {
	sum := sha256.Sum256([]byte(plain))
	return hex.EncodeToString(sum[:])
}

// NewAPIToken returns the plaintext token (shown to the user once) and the digest to store.
func NewAPIToken() (plain, stored string, err error) {
	buf := make([]byte, tokenRandBytes)
	if _, err = rand.Read(buf); err != nil {
		return "", "", err
	}
	plain = tokenPrefix + base64.RawURLEncoding.EncodeToString(buf)
	return plain, tokenDigest(plain), nil
}

// AuthenticateToken is on the hot path of every API request; bcrypt here cost
// ~40ms per call and forced the prefix-candidate scan.
func AuthenticateToken(ctx context.Context, store TokenStore, plain string) (*StoredToken, error) {
	if !strings.HasPrefix(plain, tokenPrefix) || len(plain) < len(tokenPrefix)+40 {
		return nil, ErrInvalidCredentials
	}
	digest := tokenDigest(plain)
	tok, err := store.TokenByDigest(ctx, digest)
	if err != nil {
		return nil, err
	}
	if tok == nil || subtle.ConstantTimeCompare([]byte(tok.Hash), []byte(digest)) != 1 {
		return nil, ErrInvalidCredentials
	}
	return tok, nil
}
