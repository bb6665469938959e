package docs

import (
	"net/http"
	"path/filepath"
	"strings"
)

// Handler serves the rendered product docs.
type Handler struct {
	Root string
}

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	page := r.URL.Query().Get("page")
	if page == "" {
		page = "index.html"
	}
	if !strings.HasSuffix(page, ".html") {
		page += ".html"
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeFile(w, r, filepath.Join(h.Root, page))
}