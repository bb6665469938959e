package inventory

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Client calls the inventory service (inventory.svc.internal) for stock levels.
type Client struct {
	base *url.URL
	hc   *http.Client
}

type Options struct {
	BaseURL string
	Timeout time.Duration
}

func NewClient(opts Options) (*Client, error) {
	base, err := url.Parse(opts.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("inventory: bad base url: %w", err)
	}
	return &Client{base: base, hc: &http.Client{Timeout: opts.Timeout}}, nil
}

func (c *Client) Stock(ctx context.Context, sku string) (int, error) {
	u := c.base.JoinPath("v1", "stock", url.PathEscape(sku))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("inventory: %s", resp.Status)
	}
	var body struct {
		Available int `json:"available"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return 0, fmt.Errorf("inventory: decode: %w", err)
	}
	return body.Available, nil
}
