package gateway

import (
	"context"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey struct{}

type Identity struct {
	Subject string
	Tenant  string
	Role    string
}

type claims struct {
	Tenant string `json:"tid"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

// Authn reads the bearer token minted by the identity service and puts the
// caller's identity on the request context for downstream handlers.
func Authn(next http.Handler) http.Handler {
	parser := jwt.NewParser()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if raw == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var c claims
		if _, _, err := parser.ParseUnverified(raw, &c); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		id := Identity{Subject: c.Subject, Tenant: c.Tenant, Role: c.Role}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, id)))
	})
}
