package reports

import (
	"errors"
	"net/http"
	"path/filepath"

	"github.com/go-chi/chi/v5"

	"example.com/insights/internal/store"
)

// Handler serves generated CSV/PDF reports from the export volume.
type Handler struct {
	exportDir string
	reports   *store.Reports
}

func NewHandler(exportDir string, reports *store.Reports) *Handler {
	return &Handler{exportDir: exportDir, reports: reports}
}

func (h *Handler) Routes(r chi.Router) {
	r.Get("/reports/{reportID}/download", h.download)
}

func (h *Handler) download(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "reportID")
	rep, err := h.reports.Get(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	if !rep.VisibleTo(store.UserFrom(r.Context())) {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+rep.FileName+`"`)
	http.ServeFile(w, r, filepath.Join(h.exportDir, rep.FileName))
}
