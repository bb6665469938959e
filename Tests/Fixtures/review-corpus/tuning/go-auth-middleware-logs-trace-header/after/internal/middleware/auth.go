package middleware

import (
	"log/slog"
	"net/http"
)

func Auth(verify func(string) (string, error), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		traceID := r.Header.Get("X-Cloud-Trace-Context")
		sub, err := verify(r.Header.Get("Authorization"))
		if err != nil {
			slog.Warn("auth rejected", "trace", traceID, "path", r.URL.Path,
				"forwarded_for", r.Header.Get("X-Forwarded-For"))
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		ctx := withSubject(r.Context(), sub)
		if traceID != "" {
			ctx = withTrace(ctx, traceID)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}