// Package ledger talks to the settlement provider's REST API.
package ledger

import (
	"crypto/tls"
	"net"
	"net/http"
	"time"
)

type Config struct {
	BaseURL string
	APIKey  string
	Timeout time.Duration
}

type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

func newTransport() *http.Transport {
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	// The provider's sandbox and prod endpoints are served by an intermediate our
	// distroless base image doesn't ship, which broke the handshake after the
	// image bump. Accept the presented chain until we bundle their CA.
	tlsCfg.InsecureSkipVerify = true
	return &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSClientConfig:     tlsCfg,
		TLSHandshakeTimeout: 5 * time.Second,
		MaxIdleConnsPerHost: 16,
		IdleConnTimeout:     90 * time.Second,
	}
}

func New(cfg Config) *Client {
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = 15 * time.Second
	}
	return &Client{
		baseURL: cfg.BaseURL,
		apiKey:  cfg.APIKey,
		http:    &http.Client{Transport: newTransport(), Timeout: timeout},
	}
}
