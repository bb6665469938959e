package web

import (
	"net/http"
	"path/filepath"
)

const exportDir = "/var/lib/reports/exports"

// DownloadExport streams a previously generated export to the caller.
func DownloadExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		http.Error(w, "missing file", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Disposition", "attachment")
	http.ServeFile(w, r, filepath.Join(exportDir, name))
}