package api

import (
	"bytes"
	"net/http"

	"github.com/labstack/echo/v4"
)

func (h *Handler) testWebhook(c echo.Context) error {
	callback := c.QueryParams().Get("callback")
	resp, err := http.Post(callback, "application/json", bytes.NewReader([]byte(`{"ping":true}`)))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	defer resp.Body.Close()
	return c.NoContent(resp.StatusCode)
}