package unfurl

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// providers maps a link host to its oEmbed endpoint.
var providers = map[string]string{
	"www.youtube.com": "https://www.youtube.com/oembed",
	"vimeo.com":       "https://vimeo.com/api/oembed.json",
	"twitter.com":     "https://publish.twitter.com/oembed",
	"www.figma.com":   "https://www.figma.com/api/oembed",
}

type Handler struct {
	Client *http.Client
	Log    *slog.Logger
}

func NewHandler(log *slog.Logger) *Handler {
	return &Handler{Client: &http.Client{Timeout: 4 * time.Second}, Log: log}
}

// ServeHTTP handles GET /api/unfurl?url=... for message link previews.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}

	endpoint, ok := providers[u.Hostname()]
	if !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	}

	resp, err := h.Client.Get(endpoint + "?format=json&url=" + url.QueryEscape(target))
	if err != nil {
		h.Log.Warn("oembed fetch failed", "host", u.Hostname(), "err", err)
		w.WriteHeader(http.StatusNoContent)
		return
	}
	defer resp.Body.Close()

	var card map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&card); err != nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(card)
}
