package auth

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

var errNoKid = errors.New("token has no kid")

// Verify checks raw against the key set and returns its claims.
func (v *Verifier) Verify(raw string) (*Claims, error) {
	kid := v.defaultKid
	key, err := v.keys.Lookup(kid)
	if err != nil {
		return nil, err
	}
	claims := &Claims{}
	_, err = jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"RS256", "ES256"}),
		jwt.WithAudience(v.audience),
		jwt.WithIssuer(v.issuer))
	if err != nil {
		return nil, err
	}
	return claims, nil
}