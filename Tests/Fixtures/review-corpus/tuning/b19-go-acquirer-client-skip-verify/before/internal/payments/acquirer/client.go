package acquirer

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

type Config struct {
	BaseURL  string // https://api.acquirer.example/v2
	APIKey   string
	CABundle string // optional extra roots for the acquirer's private CA
	Env      string
}

type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

// buildTLS returns the TLS settings for acquirer calls. insecure exists only for
// the docker-compose mock, which serves a self-signed certificate.
func buildTLS(caPath string, insecure bool) (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: insecure}
	if caPath == "" {
		return cfg, nil
	}
	pem, err := os.ReadFile(caPath)
	if err != nil {
		return nil, fmt.Errorf("read CA bundle: %w", err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("no certificates in %s", caPath)
	}
	cfg.RootCAs = pool
	return cfg, nil
}

func NewClient(cfg Config) (*Client, error) {
	tlsCfg, err := buildTLS(cfg.CABundle, cfg.Env == "local")
	if err != nil {
		return nil, err
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = tlsCfg
	return &Client{
		baseURL: cfg.BaseURL,
		apiKey:  cfg.APIKey,
		http:    &http.Client{Transport: transport, Timeout: 20 * time.Second},
	}, nil
}

type AuthoriseRequest struct {
	Token       string `json:"card_token"`
	AmountMinor int64  `json:"amount"`
	Currency    string `json:"currency"`
	Reference   string `json:"merchant_reference"`
}

type AuthoriseResponse struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Code   string `json:"response_code"`
}

func (c *Client) Authorise(ctx context.Context, req AuthoriseRequest) (*AuthoriseResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/authorisations", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	httpReq.Header.Set("Authorization", "Bearer "+c.apiKey)
	httpReq.Header.Set("Content-Type", "application/json")
	httpReq.Header.Set("Idempotency-Key", req.Reference)

	resp, err := c.http.Do(httpReq)
	if err != nil {
		return nil, fmt.Errorf("acquirer request: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return nil, fmt.Errorf("acquirer unavailable: %s", resp.Status)
	}
	var out AuthoriseResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("decode acquirer response: %w", err)
	}
	return &out, nil
}