package api

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"golang.org/x/net/html"
)

type linkPreview struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Image       string `json:"image"`
}

var previewClient = &http.Client{Timeout: 5 * time.Second}

// GetLinkPreview fetches the page a chat message links to and returns its
// OpenGraph metadata so the client can render a card.
func GetLinkPreview(c *fiber.Ctx) error {
	target := c.Query("url")
	if target == "" {
		return fiber.NewError(fiber.StatusBadRequest, "url is required")
	}
	ctx, cancel := context.WithTimeout(c.UserContext(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "invalid url")
	}
	req.Header.Set("User-Agent", "chatter-preview/1.0")
	resp, err := previewClient.Do(req)
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, "fetch failed")
	}
	defer resp.Body.Close()
	doc, err := html.Parse(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, "unparseable page")
	}
	p := extractOpenGraph(doc)
	p.URL = target
	return c.JSON(p)
}
