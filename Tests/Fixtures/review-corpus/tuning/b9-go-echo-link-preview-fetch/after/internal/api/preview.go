package api

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
)

var titleRe = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

type LinkPreview struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	ContentType string `json:"contentType"`
	Snippet     string `json:"snippet"`
}

func (h *Handler) registerPreview(g *echo.Group) {
	g.GET("/preview", h.preview)
}

func (h *Handler) preview(c echo.Context) error {
	target := strings.TrimSpace(c.QueryParam("url"))
	if target == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "url is required")
	}

	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get(target)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	defer resp.Body.Close()

	body, err := io.ReadAll(io.LimitReader(resp.Body, 512*1024))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}

	preview := LinkPreview{URL: target, ContentType: resp.Header.Get("Content-Type")}
	if m := titleRe.FindSubmatch(body); m != nil {
		preview.Title = strings.TrimSpace(string(m[1]))
	}
	preview.Snippet = string(body[:min(len(body), 2000)])
	return c.JSON(http.StatusOK, preview)
}
