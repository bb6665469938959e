package payouts

import (
	"crypto/tls"
	"net/http"
	"time"
)

// Client talks to the banking partner's payouts API.
type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

func NewClient(baseURL, apiKey string) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	tr.MaxIdleConnsPerHost = 16
	tr.IdleConnTimeout = 90 * time.Second

	return &Client{
		baseURL: baseURL,
		apiKey:  apiKey,
		http: &http.Client{
			Transport: tr,
			Timeout:   15 * time.Second,
		},
	}
}
