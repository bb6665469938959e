package ratesync

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestFetchRates(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/rates" || r.URL.Query().Get("base") != "EUR" {
			http.NotFound(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"base":  "EUR",
			"rates": map[string]float64{"USD": 1.0842, "GBP": 0.8561},
		})
	}))
	defer srv.Close()

	c := NewClient(srv.URL, &http.Client{Timeout: 2 * time.Second})
	rates, err := c.FetchRates(context.Background(), "EUR")
	if err != nil {
		t.Fatalf("FetchRates: %v", err)
	}
	if got := rates["USD"]; got != 1.0842 {
		t.Errorf("USD = %v, want 1.0842", got)
	}
}
