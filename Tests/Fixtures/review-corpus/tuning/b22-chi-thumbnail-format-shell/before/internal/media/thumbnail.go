package media

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"

	"github.com/go-chi/chi/v5"
)

var sizePattern = regexp.MustCompile(`^[0-9]{1,4}x[0-9]{1,4}$`)

// UploadStore looks up stored uploads by their public ID.
type UploadStore interface {
	Get(ctx context.Context, id string) (*Upload, error)
}

type Upload struct {
	ID         string
	StorageKey string
	MimeType   string
}

type Handler struct {
	UploadDir string
	CacheDir  string
	Store     UploadStore
	Log       *slog.Logger
}

func (h *Handler) Routes(r chi.Router) {
	r.Get("/media/{id}/thumbnail", h.thumbnail)
}

func (h *Handler) thumbnail(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	size := r.URL.Query().Get("size")
	if size == "" {
		size = "256x256"
	}
	if !sizePattern.MatchString(size) {
		http.Error(w, "invalid size", http.StatusBadRequest)
		return
	}

	upload, err := h.Store.Get(r.Context(), id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}

	src := filepath.Join(h.UploadDir, upload.StorageKey)
	dst := filepath.Join(h.CacheDir, fmt.Sprintf("%s-%s.jpg", upload.ID, size))

	if _, err := os.Stat(dst); err != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
		defer cancel()
		if err := runConvert(ctx, src, dst, size); err != nil {
			h.Log.Error("thumbnail failed", "upload", upload.ID, "err", err)
			http.Error(w, "thumbnail failed", http.StatusInternalServerError)
			return
		}
	}

	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeFile(w, r, dst)
}

// runConvert shells out to ImageMagick to produce a thumbnail of src at dst.
func runConvert(ctx context.Context, src, dst, size string) error {
	cmd := exec.CommandContext(ctx, "convert", src, "-auto-orient", "-thumbnail", size, "-quality", "82", dst)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("convert: %w: %s", err, out)
	}
	return nil
}
