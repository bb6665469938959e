package export

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

type Handler struct {
	DataDir string
	OutDir  string
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	project := r.URL.Query().Get("project")
	if project == "" {
		http.Error(w, "project is required", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Minute)
	defer cancel()

	out := filepath.Join(h.OutDir, fmt.Sprintf("export-%d.tar.gz", time.Now().UnixNano()))
	cmd := exec.CommandContext(ctx, "tar", "-czf", out, "-C", h.DataDir, filepath.Base(project))
	if b, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, fmt.Sprintf("export failed: %s", b), http.StatusInternalServerError)
		return
	}
	defer os.Remove(out)
	w.Header().Set("Content-Type", "application/gzip")
	http.ServeFile(w, r, out)
}
