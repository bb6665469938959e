package integrations

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
)

// Chat providers we deliver notifications to. Anything else is rejected.
var allowedHosts = map[string]bool{
	"hooks.slack.com":     true,
	"discord.com":         true,
	"outlook.office.com":  true,
	"chat.googleapis.com": true,
	"api.telegram.org":    true,
}

var errTarget = errors.New("webhook url must be an https url on a supported chat provider")

type Store interface {
	SaveWebhook(ctx context.Context, orgID, target, event string) (string, error)
}

type Handler struct {
	Store  Store
	Client *http.Client
}

func NewHandler(store Store) *Handler {
	return &Handler{
		Store: store,
		Client: &http.Client{
			Timeout: 5 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
		},
	}
}

func validateTarget(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, errTarget
	}
	if u.Scheme != "https" || u.User != nil || u.Opaque != "" {
		return nil, errTarget
	}
	if p := u.Port(); p != "" && p != "443" {
		return nil, errTarget
	}
	if !allowedHosts[strings.ToLower(u.Hostname())] {
		return nil, errTarget
	}
	return u, nil
}

type createRequest struct {
	URL   string `json:"url"`
	Event string `json:"event"`
}

func (h *Handler) create(c echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	u, err := validateTarget(req.URL)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	orgID := c.Get("org_id").(string)
	id, err := h.Store.SaveWebhook(c.Request().Context(), orgID, u.String(), req.Event)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]string{"id": id})
}

func (h *Handler) Register(g *echo.Group) {
	g.POST("/webhooks", h.create)
}