package reports

import (
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/go-chi/chi/v5"
	"github.com/google/uuid"
)

// Store keeps rendered PDF reports on the shared volume, one file per report UUID.
type Store struct {
	Dir string
}

func (s *Store) path(id uuid.UUID) string {
	return filepath.Join(s.Dir, id.String()+".pdf")
}

func (s *Store) Save(id uuid.UUID, r io.Reader) error {
	f, err := os.CreateTemp(s.Dir, "tmp-*.pdf")
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), s.path(id))
}

// Download serves GET /reports/{id}. The id must parse as a UUID, so it can only
// name a file directly inside s.Dir.
func (s *Store) Download(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.Parse(chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "bad report id", http.StatusBadRequest)
		return
	}
	f, err := os.Open(s.path(id))
	if errors.Is(err, os.ErrNotExist) {
		http.NotFound(w, r)
		return
	} else if err != nil {
		http.Error(w, "unavailable", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		http.Error(w, "unavailable", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeContent(w, r, id.String()+".pdf", info.ModTime(), f)
}