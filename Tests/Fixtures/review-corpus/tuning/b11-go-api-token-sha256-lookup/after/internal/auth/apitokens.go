package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

const tokenPrefix = "brt_"

var ErrUnknownToken = errors.New("auth: unknown or revoked token")

type TokenStore interface {
	Insert(ctx context.Context, userID int64, digest string, label string, created time.Time) error
	FindByDigest(ctx context.Context, digest string) (userID int64, revoked bool, err error)
}

// NewToken returns the plaintext token (shown to the user once) and the
// digest that is persisted.
func NewToken() (plain, digest string, err error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", "", err
	}
	plain = tokenPrefix + base64.RawURLEncoding.EncodeToString(buf)
	return plain, Digest(plain), nil
}

// Digest is a lookup key for a high-entropy random token.
func Digest(plain string) string {
	sum := sha256.Sum256([]byte(plain))
	return hex.EncodeToString(sum[:])
}

func Issue(ctx context.Context, store TokenStore, userID int64, label string) (string, error) {
	plain, digest, err := NewToken()
	if err != nil {
		return "", err
	}
	if err := store.Insert(ctx, userID, digest, label, time.Now().UTC()); err != nil {
		return "", err
	}
	return plain, nil
}

func Authenticate(ctx context.Context, store TokenStore, presented string) (int64, error) {
	if !strings.HasPrefix(presented, tokenPrefix) {
		return 0, ErrUnknownToken
	}
	userID, revoked, err := store.FindByDigest(ctx, Digest(presented))
	if err != nil || revoked {
		return 0, ErrUnknownToken
	}
	return userID, nil
}