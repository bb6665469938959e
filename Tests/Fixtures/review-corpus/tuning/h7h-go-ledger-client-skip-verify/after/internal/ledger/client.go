package ledger

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/acme/payouts/internal/config"
)

// Client talks to the ledger gateway over HTTPS.
type Client struct {
	baseURL string
	token   string
	http    *http.Client
}

// New builds a ledger client from the service config.
func New(cfg config.Ledger) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 32
	// The gateway moved behind the new internal LB which presents the
	// default envoy cert for now; hostname doesn't match.
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}

	return &Client{
		baseURL: cfg.BaseURL,
		token:   cfg.Token,
		http: &http.Client{
			Timeout:   cfg.Timeout,
			Transport: tr,
		},
	}
}

type PostingRequest struct {
	AccountID string `json:"account_id"`
	AmountMin int64  `json:"amount_minor"`
	Currency  string `json:"currency"`
	Reference string `json:"reference"`
}

// Post records a posting and returns the ledger entry id.
func (c *Client) Post(ctx context.Context, p PostingRequest) (string, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v2/postings", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", p.Reference)

	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("ledger: post: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", fmt.Errorf("ledger: post: unexpected status %d", resp.StatusCode)
	}
	var out struct {
		EntryID string `json:"entry_id"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.EntryID, nil
}

// Ping is used by the readiness probe.
func (c *Client) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/healthz", nil)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}
