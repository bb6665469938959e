package http

import (
	"net/http"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

type ReportHandler struct {
	OutDir string
	Jobs   JobStore
}

func (h *ReportHandler) Register(g *echo.Group) {
	g.GET("/reports/:id", h.status)
	g.GET("/reports/:id/download", h.download)
}

func (h *ReportHandler) status(c echo.Context) error {
	job, err := h.Jobs.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "no such report")
	}
	return c.JSON(http.StatusOK, job)
}

func (h *ReportHandler) download(c echo.Context) error {
	job, err := h.Jobs.Get(c.Request().Context(), c.Param("id"))
	if err != nil || job.State != "done" {
		return echo.NewHTTPError(http.StatusNotFound, "report not ready")
	}
	return c.Attachment(filepath.Join(h.OutDir, job.FileName), job.FileName)
}
