package media

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

const maxDimension = 2048

type ThumbnailHandler struct {
	Store   *AssetStore
	WorkDir string
}

func (h *ThumbnailHandler) Register(r *gin.RouterGroup) {
	r.GET("/assets/:id/thumbnail", h.thumbnail)
}

func parseDim(raw string, def int) (int, error) {
	if raw == "" {
		return def, nil
	}
	v, err := strconv.Atoi(raw)
	if err != nil || v <= 0 || v > maxDimension {
		return 0, fmt.Errorf("dimension must be 1..%d", maxDimension)
	}
	return v, nil
}

func (h *ThumbnailHandler) thumbnail(c *gin.Context) {
	asset, err := h.Store.Get(c.Request.Context(), c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "asset not found"})
		return
	}

	w, err := parseDim(c.Query("w"), 320)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	hgt, err := parseDim(c.Query("h"), 240)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}

	dst := filepath.Join(h.WorkDir, uuid.NewString()+".png")
	defer os.Remove(dst)

	ctx, cancel := context.WithTimeout(c.Request.Context(), 20*time.Second)
	defer cancel()

	filter := c.DefaultQuery("filter", "Lanczos")

	// Pipe through pngquant so thumbnails come out ~60% smaller.
	size := fmt.Sprintf("%dx%d", w, hgt)
	pipeline := fmt.Sprintf("convert %q -filter %s -resize %s png:- | pngquant --quality=65-80 - > %q",
		asset.LocalPath, filter, size, dst)
	cmd := exec.CommandContext(ctx, "sh", "-c", pipeline)
	if out, err := cmd.CombinedOutput(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "resize failed", "detail": string(out)})
		return
	}

	c.Header("Cache-Control", "public, max-age=86400")
	c.File(dst)
}