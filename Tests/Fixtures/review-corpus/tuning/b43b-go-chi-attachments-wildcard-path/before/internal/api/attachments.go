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
	r.Get("/attachments/{ticketID}/{name}", h.download)
}

func (h *AttachmentHandler) download(w http.ResponseWriter, r *http.Request) {
	ticketID := chi.URLParam(r, "ticketID")
	name := path.Base(chi.URLParam(r, "name"))
	if !canViewTicket(r.Context(), ticketID) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	f, err := os.Open(filepath.Join(h.root, path.Base(ticketID), name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", "attachment; filename=\""+name+"\"")
	http.ServeContent(w, r, name, modTime(f), f)
}
