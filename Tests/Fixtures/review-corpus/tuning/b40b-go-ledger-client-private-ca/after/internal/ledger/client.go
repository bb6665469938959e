package ledger

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type Client struct {
	baseURL string
	http    *http.Client
}

type Config struct {
	BaseURL  string
	Timeout  time.Duration
	CAFile   string // platform root CA that signs ledger.internal
	CertFile string // our client certificate (mTLS)
	KeyFile  string
}

func New(cfg Config) (*Client, error) {
	tlsCfg, err := tlsConfig(cfg)
	if err != nil {
		return nil, err
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = tlsCfg
	return &Client{
		baseURL: cfg.BaseURL,
		http:    &http.Client{Timeout: cfg.Timeout, Transport: transport},
	}, nil
}

// tlsConfig trusts only the platform root for the ledger and presents our client
// certificate. Verification stays on: do not add InsecureSkipVerify here, staging
// has a cert from the same root.
func tlsConfig(cfg Config) (*tls.Config, error) {
	pem, err := os.ReadFile(cfg.CAFile)
	if err != nil {
		return nil, fmt.Errorf("ledger: read CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("ledger: no certificates in %s", cfg.CAFile)
	}
	cert, err := tls.LoadX509KeyPair(cfg.CertFile, cfg.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("ledger: client cert: %w", err)
	}
	return &tls.Config{
		RootCAs:      pool,
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS12,
	}, nil
}

type Entry struct {
	Account string `json:"account"`
	Amount  int64  `json:"amount_minor"`
	Memo    string `json:"memo"`
}

func (c *Client) Post(ctx context.Context, e Entry) error {
	body, err := json.Marshal(e)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/entries", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("ledger: unexpected status %d", resp.StatusCode)
	}
	return nil
}
