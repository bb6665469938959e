package opsweb

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// LogsHandler serves rotated job logs from a single directory.
type LogsHandler struct {
	Root string // e.g. /var/log/berth-jobs
}

func (h LogsHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/logs/")
	if name == "" {
		http.Error(w, "missing log name", http.StatusBadRequest)
		return
	}

	root, err := filepath.Abs(h.Root)
	if err != nil {
		http.Error(w, "bad root", http.StatusInternalServerError)
		return
	}
	full := filepath.Join(root, filepath.FromSlash(name))
	rel, err := filepath.Rel(root, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}

	fi, err := os.Lstat(full)
	if err != nil || !fi.Mode().IsRegular() {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}

	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeFile(w, r, full)
}