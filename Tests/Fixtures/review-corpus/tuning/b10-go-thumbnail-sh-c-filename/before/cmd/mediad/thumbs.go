package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

func (s *server) handleUpload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	file, _, err := r.FormFile("image")
	if err != nil {
		http.Error(w, "image is required", http.StatusBadRequest)
		return
	}
	defer file.Close()

	tmp, err := os.CreateTemp(s.workDir, "upload-*")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer tmp.Close()
	if _, err := io.Copy(tmp, file); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	s.queue <- filepath.Base(tmp.Name())
	w.WriteHeader(http.StatusAccepted)
}
