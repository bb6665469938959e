package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
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
	target, err := validateCallbackURL(c.Request().Context(), req.URL)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
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
		return c.JSON(http.StatusOK, map[string]any{"delivered": false})
	}
	defer resp.Body.Close()
	return c.JSON(http.StatusOK, map[string]any{"delivered": resp.StatusCode < 300, "status": resp.StatusCode})
}

// validateCallbackURL rejects callback targets that would let a tenant reach
// our internal network: only https, and every resolved address must be public.
func validateCallbackURL(ctx context.Context, raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.Hostname() == "" {
		return nil, errors.New("callback url must be an absolute https url")
	}
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, u.Hostname())
	if err != nil || len(addrs) == 0 {
		return nil, fmt.Errorf("cannot resolve %q", u.Hostname())
	}
	for _, a := range addrs {
		ip := a.IP
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return nil, fmt.Errorf("callback host %q resolves to a non-public address", u.Hostname())
		}
	}
	return u, nil
}
