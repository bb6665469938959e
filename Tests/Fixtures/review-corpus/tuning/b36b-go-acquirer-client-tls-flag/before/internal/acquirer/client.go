package acquirer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/kelseyhightower/envconfig"
)

// Config is read from the environment with the PARTNER_ prefix.
type Config struct {
	BaseURL string        `envconfig:"BASE_URL" required:"true"`
	APIKey  string        `envconfig:"API_KEY" required:"true"`
	Timeout time.Duration `envconfig:"TIMEOUT" default:"15s"`
}

func LoadConfig() (Config, error) {
	var cfg Config
	err := envconfig.Process("partner", &cfg)
	return cfg, err
}

type Client struct {
	cfg  Config
	http *http.Client
}

func New(cfg Config) *Client {
	transport := &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   5 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConnsPerHost: 20,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
	}
	return &Client{
		cfg:  cfg,
		http: &http.Client{Transport: transport, Timeout: cfg.Timeout},
	}
}

type AuthorizeRequest struct {
	MerchantRef string `json:"merchant_ref"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	CardToken   string `json:"card_token"`
	CVC         string `json:"cvc,omitempty"`
}

type AuthorizeResponse struct {
	AuthCode string `json:"auth_code"`
	Status   string `json:"status"`
	Reason   string `json:"reason,omitempty"`
}

func (c *Client) Authorize(ctx context.Context, in AuthorizeRequest) (*AuthorizeResponse, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+"/v2/authorizations", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)

	res, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("acquirer authorize: %w", err)
	}
	defer res.Body.Close()

	if res.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(res.Body, 4096))
		return nil, fmt.Errorf("acquirer authorize: status %d: %s", res.StatusCode, msg)
	}
	var out AuthorizeResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("acquirer authorize: decode: %w", err)
	}
	return &out, nil
}
