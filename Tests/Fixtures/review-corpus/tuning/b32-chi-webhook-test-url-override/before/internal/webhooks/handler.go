package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/acme/hookrelay/internal/auth"
	"github.com/acme/hookrelay/internal/store"
)

type Handler struct {
	Store  *store.Webhooks
	Client *http.Client
}

func (h *Handler) Routes(r chi.Router) {
	r.Post("/webhooks", h.Create)
	r.Post("/webhooks/{id}/test", h.TestDelivery)
}

type createRequest struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

// validateTarget rejects anything that is not https on a public address.
func validateTarget(ctx context.Context, raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.Hostname() == "" {
		return errors.New("webhook url must be an absolute https url")
	}
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, u.Hostname())
	if err != nil {
		return fmt.Errorf("resolve %s: %w", u.Hostname(), err)
	}
	for _, a := range addrs {
		if a.IP.IsLoopback() || a.IP.IsPrivate() || a.IP.IsLinkLocalUnicast() || a.IP.IsUnspecified() {
			return errors.New("webhook url must resolve to a public address")
		}
	}
	return nil
}

func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if err := validateTarget(r.Context(), req.URL); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	hook, err := h.Store.Insert(r.Context(), auth.AccountID(r.Context()), req.URL, req.Events)
	if err != nil {
		http.Error(w, "could not save webhook", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(hook)
}

func (h *Handler) TestDelivery(w http.ResponseWriter, r *http.Request) {
	hook, err := h.Store.Get(r.Context(), auth.AccountID(r.Context()), chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}

	payload := []byte(`{"event":"ping","data":{}}`)
	status, _, err := h.deliver(r.Context(), hook.URL, payload)
	if err != nil {
		http.Error(w, "delivery failed: "+err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"status": status})
}

// deliver POSTs payload to target and returns the status and up to 64 KiB of the response body.
func (h *Handler) deliver(ctx context.Context, target string, payload []byte) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(payload))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "hookrelay/1.0")
	resp, err := h.Client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	return resp.StatusCode, body, nil
}
