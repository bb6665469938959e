package media

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
)

// presets maps the public preset name to an ImageMagick geometry.
var presets = map[string]string{
	"avatar": "128x128^",
	"card":   "480x270^",
	"hero":   "1600x900>",
}

type ThumbnailHandler struct {
	Store   *Store
	WorkDir string
}

func (h *ThumbnailHandler) Register(g *echo.Group) {
	g.POST("/assets/:id/thumbnail", h.Create)
}

type thumbOpts struct {
	Geometry string
	Gravity  string
	Quality  string
}

// pipeline renders with ImageMagick and squeezes the PNG through pngquant in one go,
// which saves a temp file and roughly halves the size of card/hero renders.
func pipeline(src, dst string, o thumbOpts) string {
	args := []string{
		"convert", src,
		"-gravity", o.Gravity,
		"-thumbnail", "'" + o.Geometry + "'",
		"-extent", "'" + o.Geometry + "'",
		"png:-",
	}
	return fmt.Sprintf("%s | pngquant --quality=%s --force --output %s -", strings.Join(args, " "), o.Quality, dst)
}

func (h *ThumbnailHandler) Create(c echo.Context) error {
	asset, err := h.Store.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "asset not found")
	}

	opts := thumbOpts{
		Geometry: c.QueryParam("size"),
		Gravity:  c.QueryParam("gravity"),
		Quality:  c.QueryParam("quality"),
	}
	if g, ok := presets[c.QueryParam("preset")]; ok {
		opts.Geometry = g
	}
	if opts.Geometry == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "preset or size required")
	}
	if opts.Gravity == "" {
		opts.Gravity = "center"
	}
	if opts.Quality == "" {
		opts.Quality = "65-80"
	}

	src := filepath.Join(h.WorkDir, asset.ID+filepath.Ext(asset.StoredName))
	dst := filepath.Join(h.WorkDir, fmt.Sprintf("%s-%d.png", asset.ID, time.Now().UnixNano()))

	ctx, cancel := context.WithTimeout(c.Request().Context(), 30*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", pipeline(src, dst, opts))
	if out, err := cmd.CombinedOutput(); err != nil {
		c.Logger().Errorf("thumbnail pipeline failed for %s: %v: %s", asset.ID, err, out)
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "could not render thumbnail")
	}
	defer os.Remove(dst)

	key, err := h.Store.PutDerived(c.Request().Context(), asset.ID, dst)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]string{"key": key})
}
