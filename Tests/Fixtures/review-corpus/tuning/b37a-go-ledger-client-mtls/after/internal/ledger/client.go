package ledger

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
	"time"
)

type Config struct {
	BaseURL string
	Timeout time.Duration

	// mTLS: the ledger moved behind the internal mesh gateway, which authenticates callers by
	// client certificate instead of bearer tokens. Paths are mounted from the workload's secret.
	CAFile   string
	CertFile string
	KeyFile  string
}

type Client struct {
	base *url.URL
	hc   *http.Client
}

func New(cfg Config) (*Client, error) {
	u, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("ledger: base url: %w", err)
	}
	if u.Scheme != "https" {
		return nil, errors.New("ledger: base url must be https")
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Second
	}

	tlsCfg, err := clientTLS(cfg, u.Hostname())
	if err != nil {
		return nil, err
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = tlsCfg

	return &Client{
		base: u,
		hc:   &http.Client{Timeout: cfg.Timeout, Transport: transport},
	}, nil
}

func clientTLS(cfg Config, serverName string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(cfg.CertFile, cfg.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("ledger: load client certificate: %w", err)
	}
	caPEM, err := os.ReadFile(cfg.CAFile)
	if err != nil {
		return nil, fmt.Errorf("ledger: read CA bundle: %w", err)
	}
	roots := x509.NewCertPool()
	if !roots.AppendCertsFromPEM(caPEM) {
		return nil, fmt.Errorf("ledger: no certificates found in %s", cfg.CAFile)
	}
	return &tls.Config{
		MinVersion:   tls.VersionTLS12,
		RootCAs:      roots,
		Certificates: []tls.Certificate{cert},
		ServerName:   serverName,
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
