package httpapi

import (
	"net/http"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

type ExportHandler struct {
	exports   ExportRepo
	exportDir string
}

func (h *ExportHandler) Register(g *echo.Group) {
	g.GET("/exports", h.list)
	g.GET("/exports/:id/download", h.download)
	g.GET("/exports/files/*", h.legacyFile)
}

func (h *ExportHandler) list(c echo.Context) error {
	items, err := h.exports.ListForUser(c.Request().Context(), currentUserID(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, items)
}

func (h *ExportHandler) download(c echo.Context) error {
	exp, err := h.exports.Get(c.Request().Context(), currentUserID(c), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if exp.Status != "ready" {
		return echo.NewHTTPError(http.StatusConflict, "export is still running")
	}
	return c.Attachment(filepath.Join(h.exportDir, exp.FileName), exp.DisplayName)
}

// legacyFile keeps the links in old notification e-mails (/exports/files/<name>.csv) working.
func (h *ExportHandler) legacyFile(c echo.Context) error {
	name := c.Param("*")
	full := filepath.Join(h.exportDir, name)
	return c.Attachment(full, filepath.Base(full))
}
