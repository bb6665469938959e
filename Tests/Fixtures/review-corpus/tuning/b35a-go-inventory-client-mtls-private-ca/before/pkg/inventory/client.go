package inventory

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

type Options struct {
	// BaseURL of the inventory service, e.g. https://inventory.internal.corp:8443
	BaseURL string
	Timeout time.Duration
}

type Client struct {
	base *url.URL
	hc   *http.Client
}

func NewClient(opts Options) (*Client, error) {
	u, err := url.Parse(opts.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("inventory: base url: %w", err)
	}
	if u.Scheme != "https" {
		return nil, fmt.Errorf("inventory: base url must be https, got %q", u.Scheme)
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	return &Client{
		base: u,
		hc:   &http.Client{Timeout: opts.Timeout},
	}, nil
}

type StockLevel struct {
	SKU       string `json:"sku"`
	Warehouse string `json:"warehouse"`
	OnHand    int    `json:"on_hand"`
	Reserved  int    `json:"reserved"`
}

func (c *Client) Stock(ctx context.Context, sku string) ([]StockLevel, error) {
	u := c.base.JoinPath("v1", "stock", sku)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("inventory: stock %s: %w", sku, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("inventory: stock %s: unexpected %s", sku, resp.Status)
	}
	var levels []StockLevel
	if err := json.NewDecoder(resp.Body).Decode(&levels); err != nil {
		return nil, fmt.Errorf("inventory: decode stock: %w", err)
	}
	return levels, nil
}
