package media

import (
	"net/http"
	"os/exec"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

type Avatars struct {
	OriginalsDir string
	CacheDir     string
}

// GET /avatars/:id — serves a 256px square avatar rendered with ImageMagick.
func (a *Avatars) Get(c *gin.Context) {
	id, err := uuid.Parse(c.Param("id"))
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	src := filepath.Join(a.OriginalsDir, id.String()+".png")
	dst := filepath.Join(a.CacheDir, id.String()+"-256.webp")

	cmd := exec.CommandContext(c.Request.Context(), "magick",
		src, "-resize", "256x256^", "-gravity", "center", "-extent", "256x256", "-strip", dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		c.Error(err).SetMeta(string(out))
		c.Status(http.StatusNotFound)
		return
	}
	c.File(dst)
}
