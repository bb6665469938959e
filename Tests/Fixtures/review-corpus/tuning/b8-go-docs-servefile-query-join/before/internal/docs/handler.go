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
	http.FileServer(http.Dir(h.Root)).ServeHTTP(w, r)
}