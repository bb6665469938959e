package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"sort"
)

type logServer struct {
	logDir string
}

func (s *logServer) list(w http.ResponseWriter, r *http.Request) {
	entries, err := os.ReadDir(s.logDir)
	if err != nil {
		http.Error(w, "cannot read log dir", http.StatusInternalServerError)
		return
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() && filepath.Ext(e.Name()) == ".log" {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(names)
}

func (s *logServer) get(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if name == "" {
		http.Error(w, "file is required", http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, filepath.Join(s.logDir, name))
}

func (s *logServer) routes(mux *http.ServeMux) {
	mux.HandleFunc("/logs", s.list)
	mux.HandleFunc("/logs/raw", s.get)
}
