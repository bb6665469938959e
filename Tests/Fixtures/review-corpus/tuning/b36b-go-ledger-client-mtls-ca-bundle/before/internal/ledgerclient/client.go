package ledgerclient

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

type Options struct {
	BaseURL string
	Timeout time.Duration
}

type Client struct {
	base *url.URL
	http *http.Client
}

func New(opts Options) (*Client, error) {
	base, err := url.Parse(opts.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("ledgerclient: base url: %w", err)
	}
	if opts.Timeout == 0 {
		opts.Timeout = 10 * time.Second
	}

	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = 32

	return &Client{
		base: base,
		http: &http.Client{Transport: transport, Timeout: opts.Timeout},
	}, nil
}

type Balance struct {
	AccountID string `json:"account_id"`
	Currency  string `json:"currency"`
	Available int64  `json:"available_minor"`
	Pending   int64  `json:"pending_minor"`
}

func (c *Client) Balance(ctx context.Context, accountID string) (*Balance, error) {
	u := c.base.JoinPath("v1", "accounts", accountID, "balance")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")

	res, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ledgerclient: balance: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("ledgerclient: balance: unexpected status %d", res.StatusCode)
	}

	var b Balance
	if err := json.NewDecoder(res.Body).Decode(&b); err != nil {
		return nil, fmt.Errorf("ledgerclient: balance: decode: %w", err)
	}
	return &b, nil
}
