package httpapi

import (
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-chi/chi/v5"
)

// AttachmentHandler serves files that were uploaded to tickets.
type AttachmentHandler struct {
	Root   string // absolute directory holding one sub-directory per ticket
	Logger *slog.Logger
	Authz  TicketAuthorizer
}

type TicketAuthorizer interface {
	CanRead(r *http.Request, ticketID string) bool
}

func (h *AttachmentHandler) Routes(r chi.Router) {
	r.Get("/tickets/{ticketID}/attachments/{name}", h.download)
	r.Head("/tickets/{ticketID}/attachments/{name}", h.download)
}

var errOutsideRoot = errors.New("path escapes attachment root")

// resolve maps a ticket id and a file name onto a path inside h.Root.
func (h *AttachmentHandler) resolve(ticketID, name string) (string, error) {
	if strings.ContainsAny(ticketID, `/\`) || ticketID == ".." {
		return "", errOutsideRoot
	}
	clean := filepath.Base(filepath.Clean("/" + name))
	full := filepath.Join(h.Root, ticketID, clean)
	rel, err := filepath.Rel(h.Root, full)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", errOutsideRoot
	}
	return full, nil
}

func (h *AttachmentHandler) download(w http.ResponseWriter, r *http.Request) {
	ticketID := chi.URLParam(r, "ticketID")
	name := chi.URLParam(r, "name")

	if !h.Authz.CanRead(r, ticketID) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}

	full, err := h.resolve(ticketID, name)
	if err != nil {
		http.Error(w, "bad attachment name", http.StatusBadRequest)
		return
	}

	f, err := os.Open(full)
	if errors.Is(err, os.ErrNotExist) {
		http.NotFound(w, r)
		return
	} else if err != nil {
		h.Logger.Error("open attachment", "err", err, "ticket", ticketID)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer f.Close()

	if ct := mime.TypeByExtension(filepath.Ext(full)); ct != "" {
		w.Header().Set("Content-Type", ct)
	} else {
		w.Header().Set("Content-Type", "application/octet-stream")
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+filepath.Base(full)+`"`)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method == http.MethodHead {
		return
	}
	if _, err := io.Copy(w, f); err != nil {
		h.Logger.Warn("stream attachment", "err", err)
	}
}
