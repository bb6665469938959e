package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/acme/hookrelay/internal/auth"
	"github.com/acme/hookrelay/internal/store"
)

type WebhookHandler struct {
	Store  *store.WebhookStore
	Events *store.EventStore
	Client *http.Client
}

type createWebhookRequest struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

func (h *WebhookHandler) Register(g *echo.Group) {
	g.GET("/webhooks", h.List)
	g.POST("/webhooks", h.Create)
	g.POST("/webhooks/:id/redeliver/:event", h.Redeliver)
	g.POST("/webhooks/test", h.TestDelivery)
	g.DELETE("/webhooks/:id", h.Delete)
}

func (h *WebhookHandler) List(c echo.Context) error {
	acct := auth.AccountFrom(c)
	hooks, err := h.Store.ListByAccount(c.Request().Context(), acct.ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, hooks)
}

func (h *WebhookHandler) Create(c echo.Context) error {
	acct := auth.AccountFrom(c)
	var req createWebhookRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	// validateEndpoint resolves the host and rejects loopback, link-local
	// and RFC 1918 addresses so customers cannot point hooks at our network.
	if err := validateEndpoint(req.URL); err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	hook, err := h.Store.Create(c.Request().Context(), acct.ID, req.URL, req.Events)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, hook)
}

func (h *WebhookHandler) Redeliver(c echo.Context) error {
	acct := auth.AccountFrom(c)
	ctx := c.Request().Context()
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid id")
	}
	hook, err := h.Store.Get(ctx, acct.ID, id)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "webhook not found")
	}
	event, err := h.Events.Get(ctx, acct.ID, c.Param("event"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "event not found")
	}
	payload, err := json.Marshal(event)
	if err != nil {
		return err
	}
	status, _, err := h.deliver(ctx, hook.URL, payload)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "delivery failed")
	}
	return c.JSON(http.StatusOK, map[string]int{"status": status})
}

type testDeliveryRequest struct {
	TargetURL string          `json:"target_url"`
	Payload   json.RawMessage `json:"payload"`
}

// TestDelivery lets the dashboard "Send test event" button try an endpoint
// before the customer saves it, and shows them what their server answered.
func (h *WebhookHandler) TestDelivery(c echo.Context) error {
	var req testDeliveryRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	target := strings.TrimSpace(req.TargetURL)
	if target == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "target_url is required")
	}
	payload := []byte(req.Payload)
	if len(payload) == 0 {
		payload = []byte(`{"type":"ping"}`)
	}

	status, body, err := h.deliver(c.Request().Context(), target, payload)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]any{
		"status":   status,
		"response": string(body),
	})
}

func (h *WebhookHandler) Delete(c echo.Context) error {
	acct := auth.AccountFrom(c)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid id")
	}
	if err := h.Store.Delete(c.Request().Context(), acct.ID, id); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// deliver POSTs payload to target and returns the status code and up to
// 64 KiB of the response body.
func (h *WebhookHandler) deliver(ctx context.Context, target string, payload []byte) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(payload))
	if err != nil {
		return 0, nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "hookrelay/1.0")
	resp, err := h.Client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	return resp.StatusCode, body, nil
}
