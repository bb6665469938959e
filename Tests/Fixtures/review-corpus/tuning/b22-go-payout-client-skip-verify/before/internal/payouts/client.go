package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

type Config struct {
	BaseURL  string
	APIToken string
	Timeout  time.Duration
}

type Client struct {
	baseURL string
	token   string
	http    *http.Client
}

func NewClient(cfg Config) *Client {
	transport := &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   5 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConns:        20,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
	}
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = 15 * time.Second
	}
	return &Client{
		baseURL: cfg.BaseURL,
		token:   cfg.APIToken,
		http:    &http.Client{Transport: transport, Timeout: timeout},
	}
}

type PayoutRequest struct {
	Reference   string `json:"reference"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
	IBAN        string `json:"iban"`
	Beneficiary string `json:"beneficiary"`
}

type PayoutResponse struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest) (*PayoutResponse, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v2/payouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", p.Reference)

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("payouts: %w", err)
	}
	defer resp.Body.Close()

	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return nil, fmt.Errorf("payouts: status %d: %s", resp.StatusCode, msg)
	}
	var out PayoutResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("payouts: decode: %w", err)
	}
	return &out, nil
}
