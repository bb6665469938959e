package transcode

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

type PosterService struct {
	FFmpegPath string
	WorkDir    string
	Videos     VideoStore
}

// ServePoster renders (or returns the cached) JPEG poster frame for a video.
// GET /videos/{id}/poster.jpg?t=12.5 picks the frame at t seconds (default: first frame).
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

	offset := 0.0
	if raw := r.URL.Query().Get("t"); raw != "" {
		offset, err = strconv.ParseFloat(raw, 64)
		if err != nil || math.IsNaN(offset) || offset < 0 || offset > video.DurationSeconds {
			http.Error(w, "t must be a number of seconds within the video", http.StatusBadRequest)
			return
		}
	}
	// Round to 100ms so the poster cache does not explode with near-identical frames.
	offset = math.Round(offset*10) / 10
	ts := strconv.FormatFloat(offset, 'f', 1, 64)

	dst := filepath.Join(s.WorkDir, "posters", video.ID+"-"+ts+".jpg")
	if _, err := os.Stat(dst); err != nil {
		if err := s.render(r.Context(), video.LocalPath, ts, dst); err != nil {
			slog.Error("poster render failed", "video", video.ID, "t", ts, "err", err)
			http.Error(w, "could not render poster", http.StatusBadGateway)
			return
		}
	}

	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeFile(w, r, dst)
}

func (s *PosterService) render(ctx context.Context, src, ts, dst string) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, s.FFmpegPath,
		"-hide_banner", "-loglevel", "error",
		"-y",
		"-ss", ts,
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
