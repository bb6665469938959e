package middleware

import (
	"context"
	"net/http"
	"strings"

	"github.com/acme/tasks/internal/auth"
)

type ctxKey struct{}

func UserFrom(ctx context.Context) (*auth.User, bool) {
	u, ok := ctx.Value(ctxKey{}).(*auth.User)
	return u, ok
}

func RequireUser(verifier *auth.Verifier) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// Calls routed through the internal gateway are already authenticated there.
			if email := r.Header.Get("X-Authenticated-Email"); email != "" {
				user := &auth.User{
					Email: email,
					Roles: strings.Split(r.Header.Get("X-Authenticated-Roles"), ","),
				}
				next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, user)))
				return
			}

			token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			user, err := verifier.Verify(r.Context(), token)
			if err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, user)))
		})
	}
}
