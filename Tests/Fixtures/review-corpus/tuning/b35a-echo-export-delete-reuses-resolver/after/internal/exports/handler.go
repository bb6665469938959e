package exports

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"

	"github.com/google/uuid"
	"github.com/labstack/echo/v4"

	"example.com/ledger/internal/session"
)

// Handler serves CSV exports that the export worker writes to
// <dir>/<org id>/<export uuid>.csv.
type Handler struct {
	dir string
}

func NewHandler(dir string) *Handler { return &Handler{dir: dir} }

func (h *Handler) Register(g *echo.Group) {
	g.GET("/exports/:id", h.download)
	g.DELETE("/exports/:id", h.remove)
}

// resolve maps an export id from the URL to its file for the caller's org.
// The id must parse as a UUID, so it can never contain a path separator or "..".
func (h *Handler) resolve(c echo.Context) (string, error) {
	id, err := uuid.Parse(c.Param("id"))
	if err != nil {
		return "", echo.NewHTTPError(http.StatusNotFound)
	}
	org := session.OrgID(c)
	if org == 0 {
		return "", echo.NewHTTPError(http.StatusUnauthorized)
	}
	return filepath.Join(h.dir, fmt.Sprint(org), id.String()+".csv"), nil
}

func (h *Handler) download(c echo.Context) error {
	path, err := h.resolve(c)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return echo.NewHTTPError(http.StatusNotFound)
	} else if err != nil {
		return err
	}
	return c.Attachment(path, "export-"+c.Param("id")+".csv")
}

// remove lets users clear an export before the nightly janitor does.
func (h *Handler) remove(c echo.Context) error {
	path, err := h.resolve(c)
	if err != nil {
		return err
	}
	if err := os.Remove(path); errors.Is(err, fs.ErrNotExist) {
		return echo.NewHTTPError(http.StatusNotFound)
	} else if err != nil {
		c.Logger().Errorf("remove export %s: %v", filepath.Base(path), err)
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusNoContent)
}
