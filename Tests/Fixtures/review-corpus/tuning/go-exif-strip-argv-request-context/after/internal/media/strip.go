package media

import (
	"net/http"
	"os/exec"
	"path/filepath"
)

func (h *Handler) strip(w http.ResponseWriter, req *http.Request) {
	name := filepath.Base(req.FormValue("name"))
	path := filepath.Join(h.dir, name)
	if err := exec.CommandContext(req.Context(), "exiftool", "-all=", "-overwrite_original", "--", path).Run(); err != nil {
		http.Error(w, "strip failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}