package media

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"

	"github.com/gofiber/fiber/v2"
)

type Thumbnailer struct {
	UploadDir string
	CacheDir  string
}

func (t *Thumbnailer) Handle(c *fiber.Ctx) error {
	id := c.Params("id")
	offset := c.Query("t", "00:00:01")
	src := filepath.Join(t.UploadDir, filepath.Base(id)+".mp4")
	dst := filepath.Join(t.CacheDir, filepath.Base(id)+".jpg")
	width := c.QueryInt("w", 320)
	if err := t.render(c.UserContext(), src, dst, offset, width); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "could not render thumbnail")
	}
	return c.SendFile(dst)
}

func (t *Thumbnailer) render(ctx context.Context, src, dst, offset string, width int) error {
	// Pipe the frame straight into ImageMagick so we don't keep a full-size temp file.
	pipeline := fmt.Sprintf("ffmpeg -loglevel error -ss %s -i %q -frames:v 1 -f image2pipe - | convert - -resize %dx %q",
		offset, src, width, dst)
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", pipeline)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("ffmpeg: %w: %s", err, out)
	}
	return nil
}
