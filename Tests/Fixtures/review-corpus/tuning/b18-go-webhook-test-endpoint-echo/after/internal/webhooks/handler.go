package webhooks

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/go-chi/chi/v5"

	"example.com/relay/internal/store"
)

type Handler struct {
	Store  *store.Store
	Client *http.Client
}

type endpointRequest struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

func (h *Handler) Routes(r chi.Router) {
	r.Post("/endpoints", h.createEndpoint)
	r.Post("/endpoints/test", h.testEndpoint)
	r.Delete("/endpoints/{id}", h.deleteEndpoint)
}

func validateURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, errBadURL
	}
	return u, nil
}

func (h *Handler) createEndpoint(w http.ResponseWriter, r *http.Request) {
	var req endpointRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	u, err := validateURL(req.URL)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ep, err := h.Store.CreateEndpoint(r.Context(), accountID(r), u.String(), req.Events)
	if err != nil {
		http.Error(w, "could not save", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, ep)
}

// testEndpoint lets the settings page check a URL before saving it: we send
// a sample ping and echo back what the receiver answered.
func (h *Handler) testEndpoint(w http.ResponseWriter, r *http.Request) {
	var req endpointRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	u, err := validateURL(req.URL)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ping, _ := json.Marshal(map[string]any{"type": "ping", "sent_at": time.Now().UTC()})
	resp, err := h.Client.Post(u.String(), "application/json", bytes.NewReader(ping))
	if err != nil {
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": err.Error()})
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	writeJSON(w, http.StatusOK, map[string]any{
		"ok":      resp.StatusCode < 300,
		"status":  resp.StatusCode,
		"headers": resp.Header,
		"body":    string(body),
	})
}

func (h *Handler) deleteEndpoint(w http.ResponseWriter, r *http.Request) {
	if err := h.Store.DeleteEndpoint(r.Context(), accountID(r), chi.URLParam(r, "id")); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}