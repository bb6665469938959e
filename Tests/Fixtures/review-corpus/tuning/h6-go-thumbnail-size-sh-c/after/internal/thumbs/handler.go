package thumbs

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

const workDir = "/var/cache/thumbs"

func Handle(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(16 << 20); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	file, _, err := r.FormFile("image")
	if err != nil {
		http.Error(w, "missing image", http.StatusBadRequest)
		return
	}
	defer file.Close()

	tmp, err := os.CreateTemp(workDir, "src-*")
	if err != nil {
		http.Error(w, "internal", http.StatusInternalServerError)
		return
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.ReadFrom(file); err != nil {
		http.Error(w, "internal", http.StatusInternalServerError)
		return
	}
	out := filepath.Join(workDir, filepath.Base(tmp.Name())+".png")
	size := r.FormValue("size")
	if size == "" {
		size = "256x256"
	}
	cmd := exec.Command("sh", "-c", fmt.Sprintf("convert %s -thumbnail %s %s", tmp.Name(), size, out))
	if err := cmd.Run(); err != nil {
		http.Error(w, fmt.Sprintf("convert: %v", err), http.StatusUnprocessableEntity)
		return
	}
	http.ServeFile(w, r, out)
}
