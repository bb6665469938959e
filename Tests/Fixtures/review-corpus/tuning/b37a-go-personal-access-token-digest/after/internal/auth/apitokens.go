package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

// Personal access tokens look like "pat_<id>_<secret>": id is a short public lookup key, secret is
// 32 bytes from crypto/rand. Only a SHA-256 digest of the secret is stored.
//
// A slow KDF (bcrypt/argon2) is not needed here: the secret has 256 bits of entropy, so it cannot
// be guessed from its digest, and a fast hash keeps per-request verification cheap. User passwords
// still go through argon2id in passwords.go.
const (
	tokenPrefix = "pat_"
	secretBytes = 32
	idBytes     = 6
)

var ErrInvalidToken = errors.New("invalid access token")

type TokenRecord struct {
	ID         string
	UserID     int64
	Digest     string // hex(sha256(secret))
	Scopes     []string
	ExpiresAt  time.Time
	RevokedAt  *time.Time
	LastUsedAt *time.Time
}

type TokenStore interface {
	Insert(ctx context.Context, rec TokenRecord) error
	ByID(ctx context.Context, id string) (*TokenRecord, error)
	Touch(ctx context.Context, id string, at time.Time) error
}

// IssueToken creates a token for userID and returns the plaintext exactly once.
func IssueToken(ctx context.Context, store TokenStore, userID int64, scopes []string, ttl time.Duration) (string, error) {
	id, err := randomString(idBytes)
	if err != nil {
		return "", err
	}
	secret, err := randomString(secretBytes)
	if err != nil {
		return "", err
	}
	rec := TokenRecord{
		ID:        id,
		UserID:    userID,
		Digest:    digest(secret),
		Scopes:    scopes,
		ExpiresAt: time.Now().Add(ttl),
	}
	if err := store.Insert(ctx, rec); err != nil {
		return "", err
	}
	return tokenPrefix + id + "_" + secret, nil
}

// VerifyToken parses a presented token and returns its record if it is valid, unexpired and not revoked.
func VerifyToken(ctx context.Context, store TokenStore, presented string) (*TokenRecord, error) {
	rest, ok := strings.CutPrefix(presented, tokenPrefix)
	if !ok {
		return nil, ErrInvalidToken
	}
	id, secret, ok := strings.Cut(rest, "_")
	if !ok || id == "" || secret == "" {
		return nil, ErrInvalidToken
	}
	rec, err := store.ByID(ctx, id)
	if err != nil || rec == nil {
		return nil, ErrInvalidToken
	}
	want, err := hex.DecodeString(rec.Digest)
	if err != nil {
		return nil, ErrInvalidToken
	}
	got := sha256.Sum256([]byte(secret))
	if subtle.ConstantTimeCompare(got[:], want) != 1 {
		return nil, ErrInvalidToken
	}
	now := time.Now()
	if rec.RevokedAt != nil || now.After(rec.ExpiresAt) {
		return nil, ErrInvalidToken
	}
	_ = store.Touch(ctx, rec.ID, now)
	return rec, nil
}

func digest(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

func randomString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
