package billing

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// newTestClient points a Client at an httptest TLS server. The server's
// certificate is self-signed and generated per run, so verification is off
// for this throwaway client only.
func newTestClient(t *testing.T, h http.HandlerFunc) *Client {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)
	httpClient := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // httptest server only
		},
	}
	return &Client{BaseURL: srv.URL, HTTP: httpClient, APIKey: "test-key"}
}

func TestCreateCharge(t *testing.T) {
	c := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/charges" {
			t.Errorf("unexpected request %s %s", r.Method, r.URL.Path)
		}
		if got := r.Header.Get("Authorization"); got != "Bearer test-key" {
			t.Errorf("authorization header = %q", got)
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"id": "ch_123", "status": "succeeded", "amount": 4200})
	})

	ch, err := c.CreateCharge(context.Background(), ChargeRequest{AmountCents: 4200, Currency: "eur"})
	if err != nil {
		t.Fatalf("CreateCharge: %v", err)
	}
	if ch.ID != "ch_123" || ch.Status != "succeeded" {
		t.Fatalf("unexpected charge %+v", ch)
	}
}

func TestCreateChargeServerError(t *testing.T) {
	c := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"error":"upstream unavailable"}`, http.StatusBadGateway)
	})

	_, err := c.CreateCharge(context.Background(), ChargeRequest{AmountCents: 100, Currency: "eur"})
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != http.StatusBadGateway {
		t.Fatalf("expected APIError 502, got %v", err)
	}
}
