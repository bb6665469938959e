package httpapi

import (
	"log/slog"
	"net/http"
	"path/filepath"
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
	http.Error(w, "not implemented", http.StatusNotImplemented)
}
