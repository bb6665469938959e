package media

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"time"

	"github.com/go-chi/chi/v5"
)

type ThumbnailHandler struct {
	MediaRoot string
	Timeout   time.Duration
}

func (h *ThumbnailHandler) thumbnailCmd(ctx context.Context, src, size string) *exec.Cmd {
	script := fmt.Sprintf("convert %s/%s -thumbnail %s -strip png:-", h.MediaRoot, src, size)
	return exec.CommandContext(ctx, "/bin/sh", "-c", script)
}

func (h *ThumbnailHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	size := r.URL.Query().Get("size")
	if size == "" {
		size = "256x256"
	}

	ctx, cancel := context.WithTimeout(r.Context(), h.Timeout)
	defer cancel()

	out, err := h.thumbnailCmd(ctx, name, size).Output()
	if err != nil {
		http.Error(w, "thumbnail failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	_, _ = w.Write(out)
}
