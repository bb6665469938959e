package unfurl

import (
	"encoding/json"
	"net/http"
	"net/url"
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

// Preview returns title/thumbnail metadata for a link pasted into a message.
func (h *Handler) Preview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	if target == "" {
		http.Error(w, "missing url", http.StatusBadRequest)
		return
	}
	lookup := h.OEmbedEndpoint + "?format=json&url=" + url.QueryEscape(target)
	resp, err := h.Client.Get(lookup)
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
