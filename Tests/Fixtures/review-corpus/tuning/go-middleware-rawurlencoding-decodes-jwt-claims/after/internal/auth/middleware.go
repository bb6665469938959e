package auth

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
)

// Claims are the fields handlers read from the caller's token.
type Claims struct {
	Subject string   `json:"sub"`
	Tenant  string   `json:"tenant"`
	Scopes  []string `json:"scopes"`
}

type ctxKey struct{}

// Middleware puts the caller's claims on the request context.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		parts := strings.Split(raw, ".")
		if len(parts) != 3 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := base64.RawURLEncoding.DecodeString(parts[1])
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var claims Claims
		if err := json.Unmarshal(body, &claims); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, claims)))
	})
}

// FromContext returns the claims Middleware stored.
func FromContext(ctx context.Context) (Claims, bool) {
	claims, ok := ctx.Value(ctxKey{}).(Claims)
	return claims, ok
}