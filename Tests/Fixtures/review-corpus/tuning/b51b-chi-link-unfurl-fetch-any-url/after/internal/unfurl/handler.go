package unfurl

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"time"
)

// providers maps hostnames we know how to unfurl to their oEmbed endpoints.
var providers = map[string]string{
	"www.youtube.com": "https://www.youtube.com/oembed",
	"vimeo.com":       "https://vimeo.com/api/oembed.json",
	"twitter.com":     "https://publish.twitter.com/oembed",
}

var client = &http.Client{Timeout: 5 * time.Second}

type previewRequest struct {
	URL string `json:"url"`
}

// Preview returns embed metadata for a link pasted into the composer.
func (h *Handler) Preview(w http.ResponseWriter, r *http.Request) {
	var req previewRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	target, err := url.Parse(req.URL)
	if err != nil {
		http.Error(w, "invalid url", http.StatusBadRequest)
		return
	}
	endpoint, ok := providers[target.Hostname()]
	if !ok {
		// No oEmbed provider: fetch the page ourselves and read its OpenGraph tags.
		h.previewFromPage(w, target.String())
		return
	}
	resp, err := client.Get(endpoint + "?format=json&url=" + url.QueryEscape(target.String()))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	h.copyLimited(w, resp.Body)
}

func (h *Handler) previewFromPage(w http.ResponseWriter, pageURL string) {
	resp, err := client.Get(pageURL)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	meta := extractOpenGraph(io.LimitReader(resp.Body, 1<<20))
	meta.Status = resp.StatusCode
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(meta)
}
