package api

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/relaylabs/hookd/internal/auth"
	"github.com/relaylabs/hookd/internal/store"
)

type WebhookHandler struct {
	store  *store.Webhooks
	client *http.Client
}

func NewWebhookHandler(s *store.Webhooks) *WebhookHandler {
	return &WebhookHandler{store: s, client: &http.Client{Timeout: 10 * time.Second}}
}

func (h *WebhookHandler) Routes(r chi.Router) {
	r.Get("/webhooks", h.list)
	r.Post("/webhooks", h.create)
	r.Delete("/webhooks/{id}", h.delete)
}

type createWebhookRequest struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

func (h *WebhookHandler) list(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	hooks, err := h.store.ListForAccount(r.Context(), acct.ID)
	if err != nil {
		http.Error(w, "could not load webhooks", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, hooks)
}

func (h *WebhookHandler) create(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	var req createWebhookRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(req.URL)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		http.Error(w, "webhook url must be an absolute https url", http.StatusBadRequest)
		return
	}
	hook, err := h.store.Create(r.Context(), acct.ID, u.String(), req.Events)
	if err != nil {
		http.Error(w, "could not save webhook", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, hook)
}

func (h *WebhookHandler) delete(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err := h.store.Delete(r.Context(), acct.ID, id); err != nil {
		http.Error(w, "could not delete webhook", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
