package psp

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"
)

type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

// NewFromEnv builds a client for the card processor using PSP_BASE_URL and PSP_API_KEY.
//
// PSP_VERIFY_TLS=true turns on certificate verification. The processor's sandbox and the
// regional failover endpoints present certificates from their private CA, so verification
// stays off unless an environment explicitly opts in.
func NewFromEnv() (*Client, error) {
	base := os.Getenv("PSP_BASE_URL")
	key := os.Getenv("PSP_API_KEY")
	if base == "" || key == "" {
		return nil, fmt.Errorf("psp: PSP_BASE_URL and PSP_API_KEY must be set")
	}

	verify := os.Getenv("PSP_VERIFY_TLS") == "true"
	if !verify {
		slog.Warn("psp: TLS certificate verification disabled", "base_url", base)
	}

	transport := &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   5 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: !verify, //nolint:gosec // see PSP_VERIFY_TLS above
		},
		MaxIdleConnsPerHost: 16,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
	}

	return &Client{
		baseURL: base,
		apiKey:  key,
		http:    &http.Client{Transport: transport, Timeout: 20 * time.Second},
	}, nil
}

type ChargeRequest struct {
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	CardToken   string `json:"card_token"`
	Reference   string `json:"reference"`
}

type ChargeResponse struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (c *Client) Charge(ctx context.Context, req ChargeRequest) (*ChargeResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v2/charges", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	httpReq.Header.Set("Authorization", "Bearer "+c.apiKey)
	httpReq.Header.Set("Content-Type", "application/json")
	httpReq.Header.Set("Idempotency-Key", req.Reference)

	resp, err := c.http.Do(httpReq)
	if err != nil {
		return nil, fmt.Errorf("psp: charge: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("psp: charge: unexpected status %d", resp.StatusCode)
	}
	var out ChargeResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("psp: decode charge: %w", err)
	}
	return &out, nil
}
