package bankgateway

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Config is loaded from the payouts service environment.
type Config struct {
	BaseURL   string        // https://api.bankgateway.example/v2
	APIKey    string        // from PAYOUTS_BANKGW_API_KEY
	AccountID string
	Timeout   time.Duration
}

type Client struct {
	cfg  Config
	http *http.Client
}

func New(cfg Config) *Client {
	if cfg.Timeout == 0 {
		cfg.Timeout = 15 * time.Second
	}
	return &Client{
		cfg:  cfg,
		http: &http.Client{Timeout: cfg.Timeout},
	}
}

type TransferRequest struct {
	IdempotencyKey  string `json:"idempotency_key"`
	AmountMinor     int64  `json:"amount_minor"`
	Currency        string `json:"currency"`
	IBAN            string `json:"iban"`
	BeneficiaryName string `json:"beneficiary_name"`
	Reference       string `json:"reference"`
}

type TransferResponse struct {
	TransferID string `json:"transfer_id"`
	Status     string `json:"status"`
}

func (c *Client) CreateTransfer(ctx context.Context, tr TransferRequest) (*TransferResponse, error) {
	body, err := json.Marshal(tr)
	if err != nil {
		return nil, err
	}
	url := fmt.Sprintf("%s/accounts/%s/transfers", c.cfg.BaseURL, c.cfg.AccountID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", tr.IdempotencyKey)

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("bankgateway: create transfer: %w", err)
	}
	defer resp.Body.Close()

	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return nil, fmt.Errorf("bankgateway: create transfer: %s: %s", resp.Status, msg)
	}
	var out TransferResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("bankgateway: decode transfer: %w", err)
	}
	return &out, nil
}
