package media

import (
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
)

func (h *Handler) strip(w http.ResponseWriter, req *http.Request) {
	name := req.FormValue("name")
	path := filepath.Join(h.dir, name)
	line := fmt.Sprintf("exiftool -all= -overwrite_original %s", path)
	if err := exec.CommandContext(req.Context(), "bash", "-c", line).Run(); err != nil {
		http.Error(w, "strip failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}