package chat

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

// Unfurl builds the small card shown under a chat message that contains a link.
// For now only links to our own docs site are expanded, from the static index.
type Unfurler struct {
	Docs map[string]Card // path -> card, loaded from docs/index.json at startup
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
	if !strings.HasPrefix(req.URL, docsPrefix+"/") {
		return c.NoContent(http.StatusNoContent)
	}
	card, ok := u.Docs[strings.TrimPrefix(req.URL, docsPrefix)]
	if !ok {
		return c.NoContent(http.StatusNoContent)
	}
	return c.JSON(http.StatusOK, card)
}
