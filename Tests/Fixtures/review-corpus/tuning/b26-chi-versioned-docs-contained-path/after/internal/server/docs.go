package server

import (
	"log/slog"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
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
		r.Get("/{version}/*", versionedDocs(cfg, log))
	})
}

var versionPattern = regexp.MustCompile(`^v[0-9]+\.[0-9]+$`)

// versionedDocs serves archived docs for a release, e.g. /docs/v1.4/guide/install.html.
func versionedDocs(cfg DocsConfig, log *slog.Logger) http.HandlerFunc {
	root, err := filepath.Abs(cfg.Root)
	if err != nil {
		panic(err)
	}
	return func(w http.ResponseWriter, r *http.Request) {
		version := chi.URLParam(r, "version")
		if !versionPattern.MatchString(version) {
			http.NotFound(w, r)
			return
		}
		rest := chi.URLParam(r, "*")
		if rest == "" || strings.HasSuffix(rest, "/") {
			rest += "index.html"
		}

		target := filepath.Join(root, version, filepath.FromSlash(rest))
		rel, err := filepath.Rel(root, target)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			log.Warn("docs path escapes root", "path", r.URL.Path)
			http.NotFound(w, r)
			return
		}
		if !fileExists(target) {
			http.NotFound(w, r)
			return
		}

		w.Header().Set("Content-Type", contentTypeFor(target))
		w.Header().Set("Cache-Control", "public, max-age=86400, immutable")
		http.ServeFile(w, r, target)
	}
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
