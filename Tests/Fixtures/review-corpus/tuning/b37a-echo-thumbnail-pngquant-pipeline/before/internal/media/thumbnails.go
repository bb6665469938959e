package media

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
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

func (h *ThumbnailHandler) Create(c echo.Context) error {
	asset, err := h.Store.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "asset not found")
	}

	geometry, ok := presets[c.QueryParam("preset")]
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, "unknown preset")
	}

	src := filepath.Join(h.WorkDir, asset.ID+filepath.Ext(asset.StoredName))
	dst := filepath.Join(h.WorkDir, fmt.Sprintf("%s-%s.png", asset.ID, c.QueryParam("preset")))

	ctx, cancel := context.WithTimeout(c.Request().Context(), 30*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, "convert", src, "-gravity", "center", "-thumbnail", geometry, "-extent", geometry, dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		c.Logger().Errorf("convert failed for %s: %v: %s", asset.ID, err, out)
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "could not render thumbnail")
	}
	defer os.Remove(dst)

	key, err := h.Store.PutDerived(c.Request().Context(), asset.ID, dst)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]string{"key": key})
}
