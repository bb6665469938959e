package httpapi

import (
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
)

type AttachmentHandler struct {
	Root   string
	Logger *slog.Logger
}

func NewAttachmentHandler(root string, logger *slog.Logger) (*AttachmentHandler, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	return &AttachmentHandler{Root: abs, Logger: logger}, nil
}

func (h *AttachmentHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	full := filepath.Join(h.Root, filepath.Clean("/"+name))
	if !strings.HasPrefix(full, h.Root+string(filepath.Separator)) {
		h.Logger.Warn("rejected attachment path", "name", name)
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Disposition", "attachment")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeFile(w, r, full)
}
