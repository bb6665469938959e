package ledger

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

type Config struct {
	BaseURL string
	Token   string
	Timeout time.Duration
}

type Client struct {
	base  *url.URL
	token string
	hc    *http.Client
}

func New(cfg Config) (*Client, error) {
	u, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("ledger: base url: %w", err)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Second
	}
	return &Client{
		base:  u,
		token: cfg.Token,
		hc:    &http.Client{Timeout: cfg.Timeout},
	}, nil
}

type Balance struct {
	AccountID string `json:"account_id"`
	Available int64  `json:"available_minor"`
	Pending   int64  `json:"pending_minor"`
	Currency  string `json:"currency"`
}

func (c *Client) Balance(ctx context.Context, accountID string) (*Balance, error) {
	u := c.base.JoinPath("v1", "accounts", accountID, "balance")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)

	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ledger: balance: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("ledger: balance: status %d", resp.StatusCode)
	}
	var b Balance
	if err := json.NewDecoder(resp.Body).Decode(&b); err != nil {
		return nil, fmt.Errorf("ledger: decode balance: %w", err)
	}
	return &b, nil
}
