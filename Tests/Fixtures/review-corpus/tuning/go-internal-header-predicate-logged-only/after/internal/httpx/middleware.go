package httpx

import (
	"log/slog"
	"net/http"
)

func fromMesh(r *http.Request) bool {
	return r.Header.Get("X-Mesh-Caller") != ""
}

func (m *Middleware) RequireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fromMesh(r) {
			slog.Debug("mesh call", "caller", r.Header.Get("X-Mesh-Caller"), "path", r.URL.Path)
		}
		user, err := m.sessions.User(r)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(withUser(r.Context(), user)))
	})
}