package payclient

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

// newTLSTestServer starts an httptest TLS server. Its certificate is a throwaway self-signed
// one generated per run, so only this test client is told to skip verification.
func newTLSTestServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, *http.Client) {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)
	client := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // test-only server
		},
	}
	return srv, client
}

func TestCreateCharge(t *testing.T) {
	srv, httpClient := newTLSTestServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/charges" {
			t.Errorf("unexpected request %s %s", r.Method, r.URL.Path)
		}
		if got := r.Header.Get("Authorization"); got != "Bearer test-key" {
			t.Errorf("Authorization = %q", got)
		}
		var body chargeRequest
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			t.Fatalf("decode: %v", err)
		}
		if body.AmountCents != 1250 || body.Currency != "eur" {
			t.Errorf("body = %+v", body)
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"id": "ch_test_1", "status": "succeeded"})
	})

	c := New(srv.URL, "test-key", WithHTTPClient(httpClient))
	ch, err := c.CreateCharge(context.Background(), ChargeParams{AmountCents: 1250, Currency: "eur", Source: "tok_visa"})
	if err != nil {
		t.Fatalf("CreateCharge: %v", err)
	}
	if ch.ID != "ch_test_1" || ch.Status != "succeeded" {
		t.Fatalf("charge = %+v", ch)
	}
}

func TestCreateChargeServerError(t *testing.T) {
	srv, httpClient := newTLSTestServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
	})

	c := New(srv.URL, "test-key", WithHTTPClient(httpClient))
	_, err := c.CreateCharge(context.Background(), ChargeParams{AmountCents: 100, Currency: "eur", Source: "tok_visa"})
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadGateway {
		t.Fatalf("err = %v, want APIError 502", err)
	}
}

func TestDefaultClientVerifiesCertificates(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()

	c := New(srv.URL, "test-key")
	_, err := c.CreateCharge(context.Background(), ChargeParams{AmountCents: 100, Currency: "eur", Source: "tok_visa"})
	if err == nil {
		t.Fatal("expected the production client to reject the self-signed test certificate")
	}
}