package ledgerclient

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// Config is loaded from the service's YAML config; paths point at files
// mounted from the Kubernetes secret "ledger-client-tls".
type Config struct {
	BaseURL    string `yaml:"base_url"`
	ServerName string `yaml:"server_name"`
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
