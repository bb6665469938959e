package httpapi

import (
	"net/http"
	"path/filepath"

	"github.com/go-chi/chi/v5"

	"github.com/ledgerly/backend/internal/exports"
)

type ExportHandler struct {
	Store   *exports.Store
	BaseDir string
}

func (h *ExportHandler) Routes(r chi.Router) {
	r.Get("/exports/{id}", h.download)
}

// download streams a finished CSV export belonging to the caller's workspace.
func (h *ExportHandler) download(w http.ResponseWriter, r *http.Request) {
	ws := WorkspaceFrom(r.Context())
	exp, err := h.Store.Get(r.Context(), ws.ID, chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "export not found", http.StatusNotFound)
		return
	}
	if exp.Status != exports.StatusDone {
		http.Error(w, "export still running", http.StatusConflict)
		return
	}
	path := filepath.Join(h.BaseDir, ws.ID, exp.FileName)
	w.Header().Set("Content-Type", "text/csv")
	w.Header().Set("Content-Disposition", `attachment; filename="`+exp.FileName+`"`)
	http.ServeFile(w, r, path)
}
