package ledgerclient

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

type Options struct {
	BaseURL string
	Timeout time.Duration

	// mTLS material mounted by the service mesh sidecar injector
	// (/var/run/ledger-tls/{tls.crt,tls.key,ca.crt}).
	CertFile string
	KeyFile  string
	CAFile   string
}

func tlsConfig(opts Options, serverName string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(opts.CertFile, opts.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("ledgerclient: client cert: %w", err)
	}
	caPEM, err := os.ReadFile(opts.CAFile)
	if err != nil {
		return nil, fmt.Errorf("ledgerclient: ca bundle: %w", err)
	}
	roots := x509.NewCertPool()
	if !roots.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("ledgerclient: ca bundle has no certificates")
	}
	return &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
		RootCAs:      roots,
		ServerName:   serverName,
	}, nil
}

type Client struct {
	base *url.URL
	http *http.Client
}

func New(opts Options) (*Client, error) {
	base, err := url.Parse(opts.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("ledgerclient: base url: %w", err)
	}
	if opts.Timeout == 0 {
		opts.Timeout = 10 * time.Second
	}

	if base.Scheme != "https" {
		return nil, fmt.Errorf("ledgerclient: base url must be https, got %q", base.Scheme)
	}
	tlsCfg, err := tlsConfig(opts, base.Hostname())
	if err != nil {
		return nil, err
	}

	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = 32
	transport.TLSClientConfig = tlsCfg

	return &Client{
		base: base,
		http: &http.Client{Transport: transport, Timeout: opts.Timeout},
	}, nil
}

type Balance struct {
	AccountID string `json:"account_id"`
	Currency  string `json:"currency"`
	Available int64  `json:"available_minor"`
	Pending   int64  `json:"pending_minor"`
}

func (c *Client) Balance(ctx context.Context, accountID string) (*Balance, error) {
	u := c.base.JoinPath("v1", "accounts", accountID, "balance")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")

	res, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ledgerclient: balance: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("ledgerclient: balance: unexpected status %d", res.StatusCode)
	}

	var b Balance
	if err := json.NewDecoder(res.Body).Decode(&b); err != nil {
		return nil, fmt.Errorf("ledgerclient: balance: decode: %w", err)
	}
	return &b, nil
}
