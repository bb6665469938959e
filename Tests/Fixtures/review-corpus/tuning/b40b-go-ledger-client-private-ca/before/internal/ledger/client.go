package ledger

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	baseURL string
	http    *http.Client
}

type Config struct {
	BaseURL string
	Timeout time.Duration
}

func New(cfg Config) (*Client, error) {
	return &Client{
		baseURL: cfg.BaseURL,
		http:    &http.Client{Timeout: cfg.Timeout},
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
