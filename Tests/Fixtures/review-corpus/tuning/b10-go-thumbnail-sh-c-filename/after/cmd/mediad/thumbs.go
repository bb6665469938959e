package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

func (s *server) handleUpload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	file, hdr, err := r.FormFile("image")
	if err != nil {
		http.Error(w, "image is required", http.StatusBadRequest)
		return
	}
	defer file.Close()

	dst := filepath.Join(s.workDir, filepath.Base(hdr.Filename))
	out, err := os.Create(dst)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	if _, err := io.Copy(out, file); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}

	width := r.FormValue("width")
	if width == "" {
		width = "320"
	}
	thumb := dst + ".thumb.jpg"
	script := fmt.Sprintf("convert '%s' -resize %sx -quality 82 '%s'", dst, width, thumb)
	if msg, err := exec.CommandContext(r.Context(), "/bin/sh", "-c", script).CombinedOutput(); err != nil {
		s.log.Printf("thumbnail failed: %v: %s", err, msg)
		http.Error(w, "thumbnail failed", http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
