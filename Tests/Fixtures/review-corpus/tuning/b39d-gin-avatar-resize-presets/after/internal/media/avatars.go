package media

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

type Avatars struct {
	OriginalsDir string
	CacheDir     string
}

type preset struct {
	geometry string
	suffix   string
}

// Sizes the clients may ask for; ?size= picks a key, never a raw geometry.
var presets = map[string]preset{
	"sm": {geometry: "64x64", suffix: "64"},
	"md": {geometry: "128x128", suffix: "128"},
	"lg": {geometry: "256x256", suffix: "256"},
}

// GET /avatars/:id?size=sm|md|lg — serves a square avatar rendered with ImageMagick.
func (a *Avatars) Get(c *gin.Context) {
	id, err := uuid.Parse(c.Param("id"))
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	p, ok := presets[c.DefaultQuery("size", "lg")]
	if !ok {
		c.String(http.StatusBadRequest, "size must be sm, md or lg")
		return
	}
	src := filepath.Join(a.OriginalsDir, id.String()+".png")
	dst := filepath.Join(a.CacheDir, id.String()+"-"+p.suffix+".webp")
	if _, err := os.Stat(dst); err == nil {
		c.File(dst)
		return
	}

	cmd := exec.CommandContext(c.Request.Context(), "magick",
		src, "-resize", p.geometry+"^", "-gravity", "center", "-extent", p.geometry, "-strip", dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		c.Error(err).SetMeta(string(out))
		c.Status(http.StatusNotFound)
		return
	}
	c.File(dst)
}
