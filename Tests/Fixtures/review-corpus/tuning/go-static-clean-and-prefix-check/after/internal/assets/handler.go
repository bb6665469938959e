package assets

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

type Handler struct {
	Root string // absolute, cleaned at startup
}

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rel := strings.TrimPrefix(r.URL.Path, "/static/")
	full := filepath.Join(h.Root, filepath.Clean("/"+rel))
	if full != h.Root && !strings.HasPrefix(full, h.Root+string(os.PathSeparator)) {
		http.NotFound(w, r)
		return
	}
	info, err := os.Stat(full)
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeFile(w, r, full)
}