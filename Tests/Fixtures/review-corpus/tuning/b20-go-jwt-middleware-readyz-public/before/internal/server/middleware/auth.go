package middleware

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey int

const claimsKey ctxKey = iota

type Claims struct {
	OrgID string   `json:"org"`
	Roles []string `json:"roles"`
	jwt.RegisteredClaims
}

// publicPaths are served without a token. Exact matches only: a prefix match
// here once exposed /api/v1/loginhistory.
var publicPaths = map[string]struct{}{
	"/api/v1/login":           {},
	"/api/v1/password/forgot": {},
}

type Authenticator struct {
	Keyfunc  jwt.Keyfunc
	Issuer   string
	Audience string
	Logger   *slog.Logger
}

func (a *Authenticator) Middleware(next http.Handler) http.Handler {
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{"RS256", "ES256"}),
		jwt.WithIssuer(a.Issuer),
		jwt.WithAudience(a.Audience),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(30*time.Second),
	)

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := publicPaths[r.URL.Path]; ok {
			next.ServeHTTP(w, r)
			return
		}

		raw, ok := bearerToken(r)
		if !ok {
			unauthorized(w, "missing bearer token")
			return
		}

		var claims Claims
		tok, err := parser.ParseWithClaims(raw, &claims, a.Keyfunc)
		if err != nil || !tok.Valid {
			if errors.Is(err, jwt.ErrTokenExpired) {
				unauthorized(w, "token expired")
				return
			}
			a.Logger.Debug("rejected token", "err", err, "path", r.URL.Path)
			unauthorized(w, "invalid token")
			return
		}

		ctx := context.WithValue(r.Context(), claimsKey, &claims)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func ClaimsFrom(ctx context.Context) (*Claims, bool) {
	c, ok := ctx.Value(claimsKey).(*Claims)
	return c, ok
}

func bearerToken(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	scheme, tok, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "Bearer") || tok == "" {
		return "", false
	}
	return tok, true
}

func unauthorized(w http.ResponseWriter, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	http.Error(w, msg, http.StatusUnauthorized)
}
