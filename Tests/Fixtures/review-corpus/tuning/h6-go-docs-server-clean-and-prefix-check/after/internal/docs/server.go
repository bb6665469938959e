package docs

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

type Server struct {
	Root string
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("page")
	if name == "" {
		name = "index.html"
	}
	root, err := filepath.Abs(s.Root)
	if err != nil {
		http.Error(w, "internal", http.StatusInternalServerError)
		return
	}
	full := filepath.Join(root, filepath.Clean("/"+name))
	if !strings.HasPrefix(full, root+string(os.PathSeparator)) {
		http.NotFound(w, r)
		return
	}
	f, err := os.Open(full)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = f.WriteTo(w)
}
