package clients

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type InventoryConfig struct {
	BaseURL string
	CAFile  string
	Timeout time.Duration
}

type InventoryClient struct {
	base string
	http *http.Client
}

func NewInventoryClient(cfg InventoryConfig) (*InventoryClient, error) {
	pem, err := os.ReadFile(cfg.CAFile)
	if err != nil {
		return nil, fmt.Errorf("inventory: read CA bundle: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("inventory: no certificates in %s", cfg.CAFile)
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return &InventoryClient{
		base: cfg.BaseURL,
		http: &http.Client{Transport: transport, Timeout: cfg.Timeout},
	}, nil
}

type StockLevel struct {
	SKU       string `json:"sku"`
	Available int    `json:"available"`
}

func (c *InventoryClient) Stock(ctx context.Context, sku string) (*StockLevel, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/stock/"+sku, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("inventory: status %d", resp.StatusCode)
	}
	var out StockLevel
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}