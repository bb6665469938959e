package transcode

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

type PosterService struct {
	FFmpegPath string
	WorkDir    string
	Videos     VideoStore
}

// ServePoster renders (or returns the cached) JPEG poster frame for a video.
// GET /videos/{id}/poster.jpg
func (s *PosterService) ServePoster(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	video, err := s.Videos.Get(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		http.NotFound(w, r)
		return
	} else if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}

	dst := filepath.Join(s.WorkDir, "posters", video.ID+".jpg")
	if _, err := os.Stat(dst); err != nil {
		if err := s.render(r.Context(), video.LocalPath, dst); err != nil {
			slog.Error("poster render failed", "video", video.ID, "err", err)
			http.Error(w, "could not render poster", http.StatusBadGateway)
			return
		}
	}

	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeFile(w, r, dst)
}

func (s *PosterService) render(ctx context.Context, src, dst string) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, s.FFmpegPath,
		"-hide_banner", "-loglevel", "error",
		"-y",
		"-i", src,
		"-frames:v", "1",
		"-vf", "scale=640:-2",
		dst,
	)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("ffmpeg: %w: %s", err, out)
	}
	return nil
}
