package profile

import (
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog/log"
)

const maxAvatarBytes = 5 << 20

// allowedSizes are the avatar sizes the web and mobile clients request.
var allowedSizes = map[string]string{
	"small":  "64x64",
	"medium": "128x128",
	"large":  "256x256",
}

// coders pins ImageMagick's input decoder to the sniffed type so it never
// guesses from file contents (no SVG/MVG/URL coders).
var coders = map[string]string{
	"image/png":  "png:",
	"image/jpeg": "jpeg:",
	"image/webp": "webp:",
}

type AvatarHandler struct {
	Blobs  BlobStore
	Magick string // path to the magick binary
}

func (h *AvatarHandler) resize(ctx context.Context, coder, src, size string) ([]byte, error) {
	dst, err := os.CreateTemp("", "avatar-*.webp")
	if err != nil {
		return nil, err
	}
	dst.Close()
	defer os.Remove(dst.Name())

	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, h.Magick,
		coder+src, "-strip", "-resize", size+"^", "-gravity", "center", "-extent", size,
		"webp:"+dst.Name())
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Warn().Err(err).Bytes("output", out).Msg("magick resize")
		return nil, err
	}
	return os.ReadFile(dst.Name())
}

// Upload handles PUT /me/avatar?size=small|medium|large (multipart field "file").
func (h *AvatarHandler) Upload(c *gin.Context) {
	userID := c.GetString("user_id")
	size, ok := allowedSizes[c.DefaultQuery("size", "medium")]
	fh, err := c.FormFile("file")
	if !ok || err != nil || fh.Size > maxAvatarBytes {
		c.JSON(http.StatusBadRequest, gin.H{"error": "avatar must be an image under 5 MB"})
		return
	}
	f, err := fh.Open()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	defer f.Close()

	src, err := os.CreateTemp("", "avatar-src-*")
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	defer os.Remove(src.Name())
	data, err := io.ReadAll(io.LimitReader(f, maxAvatarBytes))
	if err == nil {
		_, err = src.Write(data)
	}
	src.Close()
	coder, known := coders[http.DetectContentType(data)]
	if err != nil || !known {
		c.JSON(http.StatusUnsupportedMediaType, gin.H{"error": "png, jpeg or webp only"})
		return
	}

	out, err := h.resize(c.Request.Context(), coder, src.Name(), size)
	if err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": "could not process image"})
		return
	}
	if err := h.Blobs.Put(c, "avatars/"+userID, out, "image/webp"); err != nil {
		log.Error().Err(err).Str("user", userID).Msg("store avatar")
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
