package webhooks

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/rs/zerolog/log"
)

type Registration struct {
	ID          string    `json:"id"`
	CallbackURL string    `json:"callback_url"`
	CreatedAt   time.Time `json:"created_at"`
}

type Handler struct {
	Store  Store
	Client *http.Client
}

func (h *Handler) Register(w http.ResponseWriter, r *http.Request) {
	var reg Registration
	if err := json.NewDecoder(r.Body).Decode(&reg); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	reg.CreatedAt = time.Now().UTC()
	if err := h.Store.Save(r.Context(), reg); err != nil {
		log.Error().Err(err).Msg("save registration")
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
