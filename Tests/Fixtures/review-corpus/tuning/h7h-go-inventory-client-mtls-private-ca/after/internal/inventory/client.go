package inventory

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"github.com/acme/storefront/internal/config"
)

type Client struct {
	base *url.URL
	http *http.Client
}

// tlsConfig builds the client side of the mTLS handshake with the
// inventory mesh gateway. The gateway cert is issued by the platform's
// private CA, so we trust that pool instead of the system roots.
// Never set InsecureSkipVerify here; point ca_file at the right bundle instead.
func tlsConfig(cfg config.TLS) (*tls.Config, error) {
	caPEM, err := os.ReadFile(cfg.CAFile)
	if err != nil {
		return nil, fmt.Errorf("inventory: read ca file: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("inventory: ca file contains no certificates")
	}
	cert, err := tls.LoadX509KeyPair(cfg.CertFile, cfg.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("inventory: load client cert: %w", err)
	}
	return &tls.Config{
		MinVersion:   tls.VersionTLS12,
		RootCAs:      pool,
		Certificates: []tls.Certificate{cert},
		ServerName:   cfg.ServerName, // gateway SAN, e.g. inventory.mesh.internal
	}, nil
}

func NewClient(cfg config.Inventory) (*Client, error) {
	base, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("inventory: bad base url: %w", err)
	}
	tc, err := tlsConfig(cfg.TLS)
	if err != nil {
		return nil, err
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = tc
	return &Client{
		base: base,
		http: &http.Client{Timeout: cfg.Timeout, Transport: tr},
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
