package middleware

import (
	"context"
	"crypto/rsa"
	"fmt"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey struct{}

type Claims struct {
	Email string `json:"email"`
	jwt.RegisteredClaims
}

// Authenticator accepts tokens signed by any of the identity provider's
// current keys, loaded from its JWKS at startup and on rotation.
type Authenticator struct {
	Keys     map[string]*rsa.PublicKey // by kid
	Issuer   string
	Audience string
}

func (a *Authenticator) keyFor(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	key, ok := a.Keys[kid]
	if !ok {
		return nil, fmt.Errorf("unknown signing key %q", kid)
	}
	return key, nil
}

func (a *Authenticator) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var claims Claims
		_, err := jwt.ParseWithClaims(raw, &claims, a.keyFor,
			jwt.WithValidMethods([]string{"RS256"}),
			jwt.WithIssuer(a.Issuer),
			jwt.WithAudience(a.Audience),
		)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, &claims)))
	})
}

func ClaimsFrom(ctx context.Context) *Claims {
	c, _ := ctx.Value(ctxKey{}).(*Claims)
	return c
}