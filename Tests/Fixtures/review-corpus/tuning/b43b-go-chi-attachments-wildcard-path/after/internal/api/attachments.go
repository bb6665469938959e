package api

import (
	"net/http"
	"os"
	"path"
	"path/filepath"

	"github.com/go-chi/chi/v5"
)

type AttachmentHandler struct {
	root string // e.g. /var/lib/helpdesk/attachments
}

func (h *AttachmentHandler) Routes(r chi.Router) {
	// attachments can now live in nested folders (inline images, exports/...)
	r.Get("/attachments/{ticketID}/*", h.download)
}

func (h *AttachmentHandler) download(w http.ResponseWriter, r *http.Request) {
	ticketID := chi.URLParam(r, "ticketID")
	rel := chi.URLParam(r, "*")
	name := path.Base(rel)
	if !canViewTicket(r.Context(), ticketID) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	f, err := os.Open(filepath.Join(h.root, ticketID, rel))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", "attachment; filename=\""+name+"\"")
	http.ServeContent(w, r, name, modTime(f), f)
}
