package inventory

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

	"github.com/acme/storefront/internal/config"
)

type Client struct {
	base *url.URL
	http *http.Client
}

func NewClient(cfg config.Inventory) (*Client, error) {
	base, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("inventory: bad base url: %w", err)
	}
	return &Client{
		base: base,
		http: &http.Client{Timeout: cfg.Timeout},
	}, nil
}

type StockLevel struct {
	SKU       string `json:"sku"`
	Available int    `json:"available"`
	Reserved  int    `json:"reserved"`
}

func (c *Client) Stock(ctx context.Context, sku string) (*StockLevel, error) {
	u := c.base.JoinPath("v1", "stock", url.PathEscape(sku))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("inventory: stock %s: %w", sku, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("inventory: stock %s: status %d", sku, resp.StatusCode)
	}
	var out StockLevel
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}
