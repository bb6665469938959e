package web

import (
	"errors"
	"net/http"
	"path/filepath"

	"github.com/go-chi/chi/v5"
)

var errBadName = errors.New("bad attachment name")

type Attachments struct {
	Dir string
}

func (a *Attachments) Routes(r chi.Router) {
	r.Get("/attachments/{name}", a.preview)
}

// resolve maps a client-supplied attachment name to a file inside dir. Names must
// be local (no "..", no absolute paths, no empty elements) so the result cannot
// leave dir.
func resolve(dir, name string) (string, error) {
	if name == "" || !filepath.IsLocal(name) {
		return "", errBadName
	}
	return filepath.Join(dir, name), nil
}

func (a *Attachments) preview(w http.ResponseWriter, r *http.Request) {
	p, err := resolve(a.Dir, chi.URLParam(r, "name"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Disposition", "inline")
	http.ServeFile(w, r, p)
}
