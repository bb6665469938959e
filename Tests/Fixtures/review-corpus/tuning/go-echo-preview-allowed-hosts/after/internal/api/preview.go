package api

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

var allowedHosts = map[string]bool{"www.youtube.com": true, "vimeo.com": true}

func (h *Handler) preview(c echo.Context) error {
	target := c.QueryParam("url")
	u, err := url.Parse(target)
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		return echo.NewHTTPError(http.StatusBadRequest, "unsupported url")
	}
	resp, err := h.client.Get(u.String())
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	defer resp.Body.Close()
	return c.Stream(http.StatusOK, resp.Header.Get("Content-Type"), resp.Body)
}