package http

import (
	"net/http"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
)

type DocumentsHandler struct {
	Root string // e.g. /var/lib/billing/docs; one sub-directory per tenant
}

func (h *DocumentsHandler) Mount(g *echo.Group) {
	// Documents are now filed as <year>/<kind>/<file>.pdf (credit notes, dunning
	// letters...), so match the rest of the path instead of a single segment.
	g.GET("/documents/*", h.download)
}

// resolve maps a request path onto a file inside base, or returns "" if it would
// land outside it.
func resolve(base, requested string) string {
	cleaned := path.Clean("/" + requested)
	full := filepath.Join(base, filepath.FromSlash(cleaned))
	rel, err := filepath.Rel(base, full)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ""
	}
	return full
}

func (h *DocumentsHandler) download(c echo.Context) error {
	tenantID, ok := c.Get("tenant_id").(int64)
	if !ok {
		return echo.ErrUnauthorized
	}
	requested := c.Param("*")
	if !strings.HasSuffix(strings.ToLower(requested), ".pdf") {
		return echo.NewHTTPError(http.StatusBadRequest, "unknown document")
	}

	tenantDir := filepath.Join(h.Root, strconv.FormatInt(tenantID, 10))
	full := resolve(tenantDir, requested)
	if full == "" {
		c.Logger().Warnf("tenant %d: rejected document path %q", tenantID, requested)
		return echo.NewHTTPError(http.StatusBadRequest, "unknown document")
	}
	c.Logger().Debugf("serving %s", full)
	return c.Attachment(full, filepath.Base(full))
}
