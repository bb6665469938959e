package preview

import (
	"encoding/json"
	"io"
	"net/http"
	"time"
)

type Handler struct {
	Cache  Cache
	Client *http.Client
}

type Card struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Image       string `json:"image,omitempty"`
}

func New(cache Cache) *Handler {
	return &Handler{Cache: cache, Client: &http.Client{Timeout: 5 * time.Second}}
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	if target == "" {
		http.Error(w, "url is required", http.StatusBadRequest)
		return
	}
	if card, ok := h.Cache.Get(r.Context(), target); ok {
		writeJSON(w, card)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, target, nil)
	if err != nil {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	req.Header.Set("User-Agent", "northwind-preview/1.0")
	resp, err := h.Client.Do(req)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	card := parseCard(target, body)
	h.Cache.Put(r.Context(), target, card)
	writeJSON(w, card)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
