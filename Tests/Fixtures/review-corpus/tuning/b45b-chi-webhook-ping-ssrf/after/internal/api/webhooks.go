package api

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

type webhookReq struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

type WebhookHandler struct {
	store  WebhookStore
	client *http.Client
}

func NewWebhookHandler(store WebhookStore) *WebhookHandler {
	return &WebhookHandler{store: store, client: &http.Client{Timeout: 5 * time.Second}}
}

func (h *WebhookHandler) Routes(r chi.Router) {
	r.Post("/webhooks", h.create)
	r.Post("/webhooks/ping", h.ping)
	r.Delete("/webhooks/{id}", h.delete)
}

func (h *WebhookHandler) create(w http.ResponseWriter, r *http.Request) {
	var in webhookReq
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(in.URL)
	if err != nil || u.Scheme != "https" {
		http.Error(w, "url must be https", http.StatusUnprocessableEntity)
		return
	}
	id, err := h.store.Create(r.Context(), accountID(r), u.String(), in.Events)
	if err != nil {
		http.Error(w, "could not save", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]string{"id": id})
}

// ping lets the settings page try an endpoint before the user saves it.
func (h *WebhookHandler) ping(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("target")
	resp, err := h.client.Post(target, "application/json", strings.NewReader(`{"event":"ping"}`))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, io.LimitReader(resp.Body, 64<<10))
}

func (h *WebhookHandler) delete(w http.ResponseWriter, r *http.Request) {
	if err := h.store.Delete(r.Context(), accountID(r), chi.URLParam(r, "id")); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
