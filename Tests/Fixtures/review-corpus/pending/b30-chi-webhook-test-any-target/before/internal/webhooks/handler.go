package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"

	"github.com/relaydesk/relay/internal/auth"
	"github.com/relaydesk/relay/internal/netguard"
	"github.com/relaydesk/relay/internal/store"
)

type Handler struct {
	Subs   *store.Subscriptions
	Client *http.Client
}

func NewHandler(subs *store.Subscriptions) *Handler {
	return &Handler{
		Subs:   subs,
		Client: &http.Client{Timeout: 10 * time.Second},
	}
}

type createRequest struct {
	Event     string `json:"event"`
	TargetURL string `json:"target_url"`
}

type testRequest struct {
	SubscriptionID string `json:"subscription_id"`
}

func (h *Handler) Routes() chi.Router {
	r := chi.NewRouter()
	r.Post("/", h.create)
	r.Post("/test", h.test)
	r.Delete("/{id}", h.remove)
	return r
}

func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	if err := netguard.CheckPublicURL(r.Context(), req.TargetURL); err != nil {
		http.Error(w, "target_url must be a public https endpoint", http.StatusUnprocessableEntity)
		return
	}
	sub, err := h.Subs.Create(r.Context(), acct.ID, req.Event, req.TargetURL)
	if err != nil {
		http.Error(w, "could not save subscription", http.StatusInternalServerError)
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, sub)
}

func (h *Handler) test(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	var req testRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	sub, err := h.Subs.Get(r.Context(), acct.ID, req.SubscriptionID)
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	} else if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	status, err := h.ping(r.Context(), sub.TargetURL)
	if err != nil {
		render.JSON(w, r, map[string]any{"ok": false, "error": "delivery failed"})
		return
	}
	render.JSON(w, r, map[string]any{"ok": status < 300, "status": status})
}

func (h *Handler) remove(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	if err := h.Subs.Delete(r.Context(), acct.ID, chi.URLParam(r, "id")); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ping posts a sample event to target and reports the HTTP status it answered with.
func (h *Handler) ping(ctx context.Context, target string) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	body := strings.NewReader(`{"event":"ping","data":{}}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, body)
	if err != nil {
		return 0, fmt.Errorf("build ping: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "relaydesk-webhooks/1.0")
	resp, err := h.Client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}