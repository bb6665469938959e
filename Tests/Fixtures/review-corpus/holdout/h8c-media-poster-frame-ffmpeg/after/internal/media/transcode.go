package media

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

type Transcoder struct {
	FFmpeg string // path to the ffmpeg binary, from config
	Work   string // scratch directory
}

// ToMP4 re-encodes an upload (saved under t.Work by the upload handler with a
// random name) to H.264/AAC and removes the original.
func (t *Transcoder) ToMP4(ctx context.Context, srcName string) (string, error) {
	src := filepath.Join(t.Work, srcName)
	dst := src + ".mp4"
	cmd := exec.CommandContext(ctx, t.FFmpeg, "-nostdin", "-y", "-i", src,
		"-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac", dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("ffmpeg: %w: %s", err, out)
	}
	return dst, os.Remove(src)
}

// Poster grabs one JPEG frame at offset seconds into an MP4 made by ToMP4.
func (t *Transcoder) Poster(ctx context.Context, mp4 string, offset float64) (string, error) {
	if offset < 0 {
		offset = 0
	}
	dst := mp4 + ".jpg"
	cmd := exec.CommandContext(ctx, t.FFmpeg, "-nostdin", "-y", "-ss", fmt.Sprintf("%.2f", offset),
		"-i", mp4, "-frames:v", "1", "-q:v", "3", dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("ffmpeg poster: %w: %s", err, out)
	}
	return dst, nil
}
