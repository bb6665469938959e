package api

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"sort"

	"github.com/go-chi/chi/v5"
)

// ExportsDir is where the nightly job writes CSV exports.
var ExportsDir = "/var/lib/ledger/exports"

func mountExports(r chi.Router) {
	r.Route("/exports", func(r chi.Router) {
		r.Use(requireRole("finance"))
		r.Get("/", listExports)
		r.Get("/download", downloadExport)
	})
}

func listExports(w http.ResponseWriter, r *http.Request) {
	entries, err := os.ReadDir(ExportsDir)
	if err != nil {
		http.Error(w, "cannot read exports", http.StatusInternalServerError)
		return
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() && filepath.Ext(e.Name()) == ".csv" {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(names)
}

func downloadExport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		http.Error(w, "file is required", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Disposition", "attachment; filename="+filepath.Base(name))
	http.ServeFile(w, r, filepath.Join(ExportsDir, name))
}
