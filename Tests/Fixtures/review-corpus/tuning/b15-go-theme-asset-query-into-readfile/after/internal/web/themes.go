package web

import (
	"mime"
	"net/http"
	"os"
	"path/filepath"
)

type ThemeHandler struct {
	Dir          string
	DefaultTheme string
}

func (h *ThemeHandler) readAsset(theme, name string) ([]byte, error) {
	full := filepath.Join(h.Dir, theme, name)
	return os.ReadFile(full)
}

func (h *ThemeHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := r.URL.Query().Get("asset")
	if name == "" {
		name = "theme.css"
	}
	data, err := h.readAsset(h.DefaultTheme, name)
	if err != nil {
		if os.IsNotExist(err) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "could not read asset", http.StatusInternalServerError)
		return
	}
	ctype := mime.TypeByExtension(filepath.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(data)
}