package web

import (
	"errors"
	"io/fs"
	"net/http"
	"os"
	"strings"

	"github.com/go-chi/chi/v5"
)

// ThemeAssets serves files from the operator-supplied theme directory.
type ThemeAssets struct {
	root *os.Root
}

func NewThemeAssets(dir string) (*ThemeAssets, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &ThemeAssets{root: root}, nil
}

func (t *ThemeAssets) Close() error { return t.root.Close() }

func (t *ThemeAssets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(chi.URLParam(r, "*"), "/")
	if name == "" {
		http.NotFound(w, r)
		return
	}
	f, err := t.root.Open(name)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			http.Error(w, "bad path", http.StatusBadRequest)
			return
		}
		http.NotFound(w, r)
		return
	}
	defer f.Close()

	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, st.Name(), st.ModTime(), f)
}

// Mount registers the handler under /theme/*.
func (t *ThemeAssets) Mount(r chi.Router) {
	r.Get("/theme/*", t.ServeHTTP)
}