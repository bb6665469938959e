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
	if err := t.render(c.UserContext(), src, dst, offset); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "could not render thumbnail")
	}
	return c.SendFile(dst)
}

func (t *Thumbnailer) render(ctx context.Context, src, dst, offset string) error {
	cmd := exec.CommandContext(ctx, "ffmpeg", "-loglevel", "error", "-y",
		"-ss", offset, "-i", src, "-frames:v", "1", dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("ffmpeg: %w: %s", err, out)
	}
	return nil
}
