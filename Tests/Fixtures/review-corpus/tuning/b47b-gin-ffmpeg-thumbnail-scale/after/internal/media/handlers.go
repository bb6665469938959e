package media

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

type Handler struct {
	UploadDir string
}

func (h *Handler) Register(r *gin.RouterGroup) {
	r.GET("/media/:id/info", h.info)
	r.GET("/media/:id/thumb", h.thumb)
}

func (h *Handler) sourcePath(c *gin.Context) (string, bool) {
	id := c.Param("id")
	if _, err := uuid.Parse(id); err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return "", false
	}
	return filepath.Join(h.UploadDir, id+".mp4"), true
}

// info returns ffprobe's JSON description of an uploaded video.
func (h *Handler) info(c *gin.Context) {
	src, ok := h.sourcePath(c)
	if !ok {
		return
	}
	out, err := exec.CommandContext(c.Request.Context(),
		"ffprobe", "-v", "quiet", "-print_format", "json", "-show_streams", src).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Data(http.StatusOK, "application/json", out)
}

// thumb renders a single frame, e.g. ?scale=640:-1&at=00:00:05
func (h *Handler) thumb(c *gin.Context) {
	src, ok := h.sourcePath(c)
	if !ok {
		return
	}
	scale := c.DefaultQuery("scale", "320:-1")
	at := c.DefaultQuery("at", "00:00:01")
	dst := filepath.Join(os.TempDir(), uuid.NewString()+".jpg")
	defer os.Remove(dst)

	cmd := fmt.Sprintf("ffmpeg -y -loglevel error -ss %s -i %s -vf scale=%s -frames:v 1 %s", at, src, scale, dst)
	if err := exec.CommandContext(c.Request.Context(), "sh", "-c", cmd).Run(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.File(dst)
}
