package handlers

import (
	"io"
	"net/http"
	"net/url"
	"regexp"
	"time"

	"github.com/go-chi/render"
)

var titleRe = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

type PreviewHandler struct {
	client *http.Client
}

func NewPreviewHandler() *PreviewHandler {
	return &PreviewHandler{client: &http.Client{Timeout: 5 * time.Second}}
}

type preview struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	ContentType string `json:"content_type"`
}

func (h *PreviewHandler) Get(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		http.Error(w, "invalid url", http.StatusBadRequest)
		return
	}

	resp, err := h.client.Get(u.String())
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	p := preview{URL: u.String(), ContentType: resp.Header.Get("Content-Type")}
	if m := titleRe.FindSubmatch(body); m != nil {
		p.Title = string(m[1])
	}
	render.JSON(w, r, p)
}