package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/acme/relay/internal/tenant"
)

type Handler struct {
	Repo   *Repository
	Client *http.Client
}

type registerRequest struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

func (h *Handler) Mount(g *echo.Group) {
	g.POST("/webhooks", h.Register)
	g.POST("/webhooks/:id/ping", h.Ping)
}

func (h *Handler) Register(c echo.Context) error {
	var req registerRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	// Scheme/host checks now happen in the dashboard form; customers on
	// self-hosted receivers need plain http and internal hostnames.
	target, err := url.Parse(req.URL)
	if err != nil || target.Host == "" {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "invalid callback url")
	}
	hook, err := h.Repo.Create(c.Request().Context(), tenant.From(c), target.String(), req.Events)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, hook)
}

func (h *Handler) Ping(c echo.Context) error {
	hook, err := h.Repo.Get(c.Request().Context(), tenant.From(c), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "webhook not found")
	}
	body, _ := json.Marshal(map[string]any{"event": "ping", "sent_at": time.Now().UTC()})

	ctx, cancel := context.WithTimeout(c.Request().Context(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, hook.URL, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.Client.Do(req)
	if err != nil {
		return c.JSON(http.StatusOK, map[string]any{"delivered": false, "error": err.Error()})
	}
	defer resp.Body.Close()
	// Echo back the start of the receiver's reply so users can debug their endpoint.
	preview, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return c.JSON(http.StatusOK, map[string]any{
		"delivered": resp.StatusCode < 300,
		"status":    resp.StatusCode,
		"response":  string(preview),
	})
}
