package chat

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
)

// Unfurl builds the small card shown under a chat message that contains a link.
// Docs links come from the static index; any other link is fetched and its
// Open Graph tags are read.
type Unfurler struct {
	Docs   map[string]Card // path -> card, loaded from docs/index.json at startup
	Client *http.Client
}

type Card struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Image       string `json:"image,omitempty"`
}

type unfurlRequest struct {
	URL string `json:"url"`
}

const docsPrefix = "https://docs.example.com"

func (u *Unfurler) Register(g *echo.Group) {
	g.POST("/unfurl", u.handle)
}

func (u *Unfurler) handle(c echo.Context) error {
	var req unfurlRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	if card, ok := u.Docs[strings.TrimPrefix(req.URL, docsPrefix)]; ok {
		return c.JSON(http.StatusOK, card)
	}
	card, err := u.fetchCard(c.Request().Context(), req.URL)
	if err != nil {
		return c.NoContent(http.StatusNoContent)
	}
	return c.JSON(http.StatusOK, card)
}

func (u *Unfurler) fetchCard(ctx context.Context, raw string) (Card, error) {
	target, err := url.Parse(raw)
	if err != nil || (target.Scheme != "http" && target.Scheme != "https") {
		return Card{}, echo.ErrBadRequest
	}
	ctx, cancel := context.WithTimeout(ctx, 4*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, target.String(), nil)
	resp, err := u.Client.Do(req)
	if err != nil {
		return Card{}, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512*1024))
	return parseOpenGraph(string(body)), nil
}
