package catalog

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// TokenSource caches the pricing service's client-credentials token until shortly before it expires.
type TokenSource struct {
	mu      sync.Mutex
	token   string
	expires time.Time
	fetch   func(ctx context.Context) (string, error)
}

// Token returns a cached token, fetching a new one near expiry.
func (s *TokenSource) Token(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.token != "" && time.Until(s.expires) > time.Minute {
		return s.token, nil
	}
	tok, err := s.fetch(ctx)
	if err != nil {
		return "", err
	}
	s.expires = time.Now().Add(5 * time.Minute)
	parts := strings.Split(tok, ".")
	if len(parts) == 3 {
		if body, err := base64.RawURLEncoding.DecodeString(parts[1]); err == nil {
			var claims struct {
				Exp int64 `json:"exp"`
			}
			if json.Unmarshal(body, &claims) == nil && claims.Exp > 0 {
				s.expires = time.Unix(claims.Exp, 0)
			}
		}
	}
	s.token = tok
	return tok, nil
}

// Handler serves prices from the pricing service.
type Handler struct {
	Tokens *TokenSource
	Client *http.Client
}

// Price proxies one SKU's price.
func (h *Handler) Price(w http.ResponseWriter, r *http.Request) {
	sku := r.URL.Query().Get("sku")
	tok, err := h.Tokens.Token(r.Context())
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusBadGateway)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet,
		"https://pricing.internal.example.net/v1/prices/"+url.PathEscape(sku), nil)
	if err != nil {
		http.Error(w, "bad sku", http.StatusBadRequest)
		return
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := h.Client.Do(req)
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}