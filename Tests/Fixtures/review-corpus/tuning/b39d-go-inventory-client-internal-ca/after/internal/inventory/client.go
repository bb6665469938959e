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

// Client calls the inventory service (inventory.svc.internal) for stock levels.
type Client struct {
	base *url.URL
	hc   *http.Client
}

type Options struct {
	BaseURL string
	Timeout time.Duration
	// CAFile is the PEM bundle of the internal CA that signs *.svc.internal.
	// It is added to the trusted roots; verification stays on (no InsecureSkipVerify).
	CAFile string
}

func tlsConfig(caFile string) (*tls.Config, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("inventory: read CA bundle: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("inventory: no certificates in %s", caFile)
		}
	}
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}, nil
}

func NewClient(opts Options) (*Client, error) {
	base, err := url.Parse(opts.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("inventory: bad base url: %w", err)
	}
	tc, err := tlsConfig(opts.CAFile)
	if err != nil {
		return nil, err
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = tc
	return &Client{base: base, hc: &http.Client{Timeout: opts.Timeout, Transport: tr}}, nil
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
