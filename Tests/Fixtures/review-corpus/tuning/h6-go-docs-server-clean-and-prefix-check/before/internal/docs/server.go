package docs

import (
	"net/http"
	"os"
	"path/filepath"
)

type Server struct {
	Root string
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("page")
	if name == "" {
		name = "index.html"
	}
	f, err := os.Open(filepath.Join(s.Root, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = f.WriteTo(w)
}
