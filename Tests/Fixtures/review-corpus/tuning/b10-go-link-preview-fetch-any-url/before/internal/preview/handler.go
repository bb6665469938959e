package preview

import (
	"encoding/json"
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
	id := r.URL.Query().Get("id")
	card, ok := h.Cache.Get(r.Context(), id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(card)
}
