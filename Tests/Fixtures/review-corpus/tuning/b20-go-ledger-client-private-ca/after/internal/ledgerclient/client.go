package ledgerclient

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"
)

// Config is loaded from the service's YAML config; paths point at files
// mounted from the Kubernetes secret "ledger-client-tls".
type Config struct {
	BaseURL    string `yaml:"base_url"`
	ServerName string `yaml:"server_name"`
	CAFile     string `yaml:"ca_file"`   // private CA that signs the ledger's server cert
	CertFile   string `yaml:"cert_file"` // our client certificate (mTLS)
	KeyFile    string `yaml:"key_file"`
	Timeout    time.Duration
}

type Client struct {
	http    *http.Client
	baseURL string
}

type Posting struct {
	Account   string `json:"account"`
	AmountMin int64  `json:"amount_minor"`
	Currency  string `json:"currency"`
	Reference string `json:"reference"`
}

func New(cfg Config) (*Client, error) {
	tlsCfg := &tls.Config{
		MinVersion: tls.VersionTLS12,
		ServerName: cfg.ServerName,
		// Verification stays on: we only swap the trust store for our private CA.
		InsecureSkipVerify: false,
	}
	if cfg.CAFile != "" {
		pem, err := os.ReadFile(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("ledger: read CA bundle: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, errors.New("ledger: CA bundle contains no certificates")
		}
		tlsCfg.RootCAs = pool
	}
	if cfg.CertFile != "" || cfg.KeyFile != "" {
		cert, err := tls.LoadX509KeyPair(cfg.CertFile, cfg.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("ledger: load client certificate: %w", err)
		}
		tlsCfg.Certificates = []tls.Certificate{cert}
	}

	transport := &http.Transport{
		TLSClientConfig:     tlsCfg,
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConnsPerHost: 16,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
		ForceAttemptHTTP2:   true,
	}
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	return &Client{
		http:    &http.Client{Transport: transport, Timeout: timeout},
		baseURL: cfg.BaseURL,
	}, nil
}

func (c *Client) Post(ctx context.Context, batchID string, postings []Posting) error {
	body, err := json.Marshal(map[string]any{"batch_id": batchID, "postings": postings})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/postings", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", batchID)

	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("ledger: post batch %s: %w", batchID, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		return fmt.Errorf("ledger: post batch %s: %s: %s", batchID, resp.Status, msg)
	}
	return nil
}
