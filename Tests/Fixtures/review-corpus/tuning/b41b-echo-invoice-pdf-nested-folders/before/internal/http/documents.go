package http

import (
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/labstack/echo/v4"
)

type DocumentsHandler struct {
	Root string // e.g. /var/lib/billing/docs; one sub-directory per tenant
}

var invoiceName = regexp.MustCompile(`^INV-[0-9]{4}-[0-9]{6}\.pdf$`)

func (h *DocumentsHandler) Mount(g *echo.Group) {
	g.GET("/documents/:name", h.download)
}

func (h *DocumentsHandler) download(c echo.Context) error {
	tenantID, ok := c.Get("tenant_id").(int64)
	if !ok {
		return echo.ErrUnauthorized
	}
	name := c.Param("name")
	if !invoiceName.MatchString(name) {
		return echo.NewHTTPError(http.StatusBadRequest, "unknown document")
	}

	full := filepath.Join(h.Root, strconv.FormatInt(tenantID, 10), name)
	c.Logger().Debugf("serving %s", full)
	return c.Attachment(full, name)
}
