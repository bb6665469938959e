package server

import (
	"errors"
	"net/http"
	"path/filepath"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/ledgerly/reports/internal/exports"
)

type ExportServer struct {
	exports   *exports.Store
	exportDir string
}

func NewExportServer(store *exports.Store, dir string) (*ExportServer, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	return &ExportServer{exports: store, exportDir: abs}, nil
}

// Mount registers export routes on a group that already runs the session middleware.
func (s *ExportServer) Mount(g *echo.Group) {
	g.GET("/exports", s.list)
	g.GET("/exports/:id/download", s.download)
}

func (s *ExportServer) list(c echo.Context) error {
	userID := c.Get("user_id").(string)
	items, err := s.exports.ListForUser(c.Request().Context(), userID)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not list exports")
	}
	return c.JSON(http.StatusOK, items)
}

func (s *ExportServer) download(c echo.Context) error {
	userID := c.Get("user_id").(string)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid export id")
	}
	rec, err := s.exports.Get(c.Request().Context(), userID, id)
	if errors.Is(err, exports.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not load export")
	}
	return c.Attachment(filepath.Join(s.exportDir, userID, rec.FileName), rec.FileName)
}
