// Package apikeys issues and verifies personal API tokens.
//
// Tokens are 32 bytes from crypto/rand, so a fast digest is enough to store
// them: there is nothing to brute-force the way there is with a human
// password. (Account passwords use bcrypt in package auth.) Storing the
// SHA-256 lets us look a token up by an indexed column.
package apikeys

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
	"time"
)

const tokenPrefix = "pk_"

var ErrInvalidToken = errors.New("apikeys: invalid token")

type Store struct {
	DB *sql.DB
}

type Key struct {
	ID        int64
	UserID    int64
	Name      string
	CreatedAt time.Time
	LastUsed  sql.NullTime
}

// Issue creates a new token for userID and returns the plaintext once.
func (s *Store) Issue(ctx context.Context, userID int64, name string) (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	token := tokenPrefix + base64.RawURLEncoding.EncodeToString(buf)
	digest := digestOf(token)
	_, err := s.DB.ExecContext(ctx,
		`INSERT INTO api_keys (user_id, name, token_sha256, created_at) VALUES ($1, $2, $3, now())`,
		userID, name, digest)
	if err != nil {
		return "", err
	}
	return token, nil
}

func digestOf(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Verify resolves a presented token to its key row.
func (s *Store) Verify(ctx context.Context, token string) (*Key, error) {
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 128 {
		return nil, ErrInvalidToken
	}
	digest := digestOf(token)

	var k Key
	var stored string
	err := s.DB.QueryRowContext(ctx,
		`SELECT id, user_id, name, token_sha256, created_at, last_used_at
		   FROM api_keys WHERE token_sha256 = $1 AND revoked_at IS NULL`, digest).
		Scan(&k.ID, &k.UserID, &k.Name, &stored, &k.CreatedAt, &k.LastUsed)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrInvalidToken
	}
	if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare([]byte(stored), []byte(digest)) != 1 {
		return nil, ErrInvalidToken
	}
	_, _ = s.DB.ExecContext(ctx, `UPDATE api_keys SET last_used_at = now() WHERE id = $1`, k.ID)
	return &k, nil
}

// Middleware authenticates "Authorization: Bearer pk_..." requests.
func (s *Store) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			http.Error(w, "missing bearer token", http.StatusUnauthorized)
			return
		}
		key, err := s.Verify(r.Context(), strings.TrimSpace(raw))
		if err != nil {
			http.Error(w, "invalid token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(withKey(r.Context(), key)))
	})
}

type ctxKey struct{}

func withKey(ctx context.Context, k *Key) context.Context { return context.WithValue(ctx, ctxKey{}, k) }

func FromContext(ctx context.Context) (*Key, bool) {
	k, ok := ctx.Value(ctxKey{}).(*Key)
	return k, ok
}