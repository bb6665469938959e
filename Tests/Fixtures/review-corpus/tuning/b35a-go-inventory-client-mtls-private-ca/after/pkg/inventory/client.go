package inventory

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"
)

type Options struct {
	// BaseURL of the inventory service, e.g. https://inventory.internal.corp:8443
	BaseURL string
	Timeout time.Duration

	// The inventory service now requires mTLS with certs from the internal CA.
	CAFile   string // PEM bundle of the corp root + issuing CA
	CertFile string // client certificate issued to this service
	KeyFile  string
}

func tlsConfig(opts Options, serverName string) (*tls.Config, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if opts.CAFile != "" {
		pem, err := os.ReadFile(opts.CAFile)
		if err != nil {
			return nil, fmt.Errorf("inventory: read CA bundle: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("inventory: no certificates found in %s", opts.CAFile)
		}
	}
	cfg := &tls.Config{
		RootCAs:    pool,
		ServerName: serverName,
		MinVersion: tls.VersionTLS12,
	}
	if opts.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(opts.CertFile, opts.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("inventory: load client cert: %w", err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
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
	tc, err := tlsConfig(opts, u.Hostname())
	if err != nil {
		return nil, err
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = tc
	return &Client{
		base: u,
		hc:   &http.Client{Timeout: opts.Timeout, Transport: tr},
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
