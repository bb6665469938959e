package invites

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
)

const tokenBytes = 32

// NewToken returns a fresh invite token to put in the e-mail link and the
// digest to persist in team_invites.token_hash.
func NewToken() (token string, digest []byte, err error) {
	buf := make([]byte, tokenBytes)
	if _, err := rand.Read(buf); err != nil {
		return "", nil, fmt.Errorf("invites: reading random bytes: %w", err)
	}
	token = base64.RawURLEncoding.EncodeToString(buf)
	return token, Digest(token), nil
}

// Digest hashes a presented token for lookup. Tokens carry 256 bits of
// entropy, so a fast hash is fine here; this is not a password.
func Digest(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

// Matches reports whether a presented token corresponds to a stored digest.
func Matches(token string, stored []byte) bool {
	return subtle.ConstantTimeCompare(Digest(token), stored) == 1
}
