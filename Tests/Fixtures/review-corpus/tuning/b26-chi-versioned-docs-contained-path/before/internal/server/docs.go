package server

import (
	"log/slog"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// DocsConfig points at the directory the docs build publishes into:
//
//	<root>/latest/...
//	<root>/v1.4/...
type DocsConfig struct {
	Root   string
	MaxAge time.Duration
}

func mountDocs(r chi.Router, cfg DocsConfig, log *slog.Logger) {
	r.Route("/docs", func(r chi.Router) {
		r.Use(middleware.SetHeader("X-Content-Type-Options", "nosniff"))
		r.Get("/", func(w http.ResponseWriter, req *http.Request) {
			http.Redirect(w, req, "/docs/latest/", http.StatusFound)
		})

		latest := http.FileServer(http.Dir(filepath.Join(cfg.Root, "latest")))
		r.Handle("/latest/*", http.StripPrefix("/docs/latest", cacheFor(cfg.MaxAge, latest)))
	})
}

func cacheFor(d time.Duration, next http.Handler) http.Handler {
	value := "public, max-age=" + itoa(int(d.Seconds()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", value)
		next.ServeHTTP(w, r)
	})
}

func contentTypeFor(name string) string {
	if ct := mime.TypeByExtension(strings.ToLower(filepath.Ext(name))); ct != "" {
		return ct
	}
	return "application/octet-stream"
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

func itoa(n int) string {
	if n <= 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
