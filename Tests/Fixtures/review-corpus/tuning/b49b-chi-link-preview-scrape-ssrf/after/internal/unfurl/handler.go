package unfurl

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"time"
)

type Handler struct {
	OEmbedEndpoint string
	Client         *http.Client
}

func NewHandler(endpoint string) *Handler {
	return &Handler{
		OEmbedEndpoint: endpoint,
		Client:         &http.Client{Timeout: 5 * time.Second},
	}
}

var titleRe = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// Preview returns title/thumbnail metadata for a link pasted into a message.
func (h *Handler) Preview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	if target == "" {
		http.Error(w, "missing url", http.StatusBadRequest)
		return
	}
	lookup := h.OEmbedEndpoint + "?format=json&url=" + url.QueryEscape(target)
	resp, err := h.Client.Get(lookup)
	if err == nil && resp.StatusCode == http.StatusNotFound {
		// The oEmbed provider doesn't know this site: scrape the page ourselves.
		resp.Body.Close()
		h.scrape(w, target)
		return
	}
	if err != nil {
		http.Error(w, "preview unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	var meta map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&meta); err != nil {
		http.Error(w, "preview unavailable", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(meta)
}

// scrape fetches the page directly and returns its <title> plus the first few KB
// of markup so the web client can pick out og:image and og:description.
func (h *Handler) scrape(w http.ResponseWriter, target string) {
	page, err := h.Client.Get(target)
	if err != nil {
		http.Error(w, "preview unavailable", http.StatusBadGateway)
		return
	}
	defer page.Body.Close()

	head, _ := io.ReadAll(io.LimitReader(page.Body, 16<<10))
	meta := map[string]any{
		"url":    target,
		"status": page.StatusCode,
		"head":   string(head),
	}
	if m := titleRe.FindSubmatch(head); m != nil {
		meta["title"] = string(m[1])
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(meta)
}
