package reports

import (
	"errors"
	"io"
	"net/http"
	"os"
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
	// Scheduled exports email a link with the file name, not the report id.
	r.Get("/reports/files", h.downloadFile)
}

func (h *Handler) exportPath(name string) string {
	return filepath.Join(h.exportDir, filepath.Clean(name))
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
	http.ServeFile(w, r, h.exportPath(rep.FileName))
}

func (h *Handler) downloadFile(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	f, err := os.Open(h.exportPath(name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", `attachment; filename="`+filepath.Base(name)+`"`)
	_, _ = io.Copy(w, f)
}
