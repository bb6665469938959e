package media

import (
	"net/http"
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
