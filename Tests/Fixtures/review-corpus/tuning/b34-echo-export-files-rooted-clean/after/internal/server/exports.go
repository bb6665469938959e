package server

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

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
	g.GET("/exports/files/*", s.serveFile)
}

func (s *ExportServer) list(c echo.Context) error {
	userID := c.Get("user_id").(string)
	items, err := s.exports.ListForUser(c.Request().Context(), userID)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not list exports")
	}
	return c.JSON(http.StatusOK, items)
}

// serveFile serves scheduled-report output by relative name, e.g.
// /exports/files/2024-06/ledger.csv. Files live under exportDir/<user_id>/.
func (s *ExportServer) serveFile(c echo.Context) error {
	userID := c.Get("user_id").(string)
	userDir := filepath.Join(s.exportDir, userID)

	// Rooting the name before Clean collapses any "../" so it cannot climb
	// above userDir; the Rel check below is a second guard.
	name := filepath.Clean("/" + c.Param("*"))
	full := filepath.Join(userDir, name)
	rel, err := filepath.Rel(userDir, full)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return echo.NewHTTPError(http.StatusNotFound)
	}

	info, err := os.Stat(full)
	if err != nil || info.IsDir() {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.Attachment(full, filepath.Base(full))
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
