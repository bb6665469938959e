package web

import (
	"log/slog"
	"net/http"
	"path/filepath"
	"strconv"
)

type ExportHandler struct {
	Dir    string
	Store  ExportStore
	Logger *slog.Logger
}

// ServeHTTP streams a finished CSV export to the user who requested it.
func (h *ExportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.URL.Query().Get("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad export id", http.StatusBadRequest)
		return
	}
	exp, err := h.Store.Get(r.Context(), id, userID(r))
	if err != nil {
		h.Logger.Info("export lookup failed", "id", id, "err", err)
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Disposition", "attachment; filename=\"export.csv\"")
	http.ServeFile(w, r, filepath.Join(h.Dir, exp.FileName))
}
