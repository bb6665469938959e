package handlers

import (
	"net/http"
	"path/filepath"

	"github.com/labstack/echo/v4"

	"github.com/acme/ledger/internal/exports"
)

type ExportHandler struct {
	Store   *exports.Store
	BaseDir string
}

// Download streams a finished CSV export belonging to the caller's workspace.
func (h *ExportHandler) Download(c echo.Context) error {
	ws := c.Get("workspace").(string)
	id := c.Param("id")

	job, err := h.Store.Get(c.Request().Context(), ws, id)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if job.Status != exports.StatusDone {
		return echo.NewHTTPError(http.StatusConflict, "export not ready")
	}

	path := filepath.Join(h.BaseDir, ws, job.FileName)
	c.Response().Header().Set(echo.HeaderContentDisposition, `attachment; filename="`+job.FileName+`"`)
	return c.File(path)
}
