package carrier

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Client talks to the carrier's label API. It is shared by the chi handlers in
// internal/httpapi and the nightly manifest job.
type Client struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

// carrierTransport: since the carrier moved api.shipnorth.eu behind their new
// load balancer it serves a chain missing the intermediate, and distroless has
// no way to fetch it (SUP-4471). Keep-alive settings match what their support
// recommended for label bursts.
func carrierTransport() *http.Transport {
	return &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   5 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConnsPerHost: 20,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
		TLSClientConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: true,
		},
	}
}

func NewClient(baseURL, apiKey string) *Client {
	return &Client{
		baseURL: baseURL,
		apiKey:  apiKey,
		http: &http.Client{
			Timeout:   15 * time.Second,
			Transport: carrierTransport(),
		},
	}
}

type LabelRequest struct {
	ShipmentID string  `json:"shipment_id"`
	WeightKg   float64 `json:"weight_kg"`
	ToPostcode string  `json:"to_postcode"`
}

type Label struct {
	TrackingNumber string `json:"tracking_number"`
	PDFURL         string `json:"pdf_url"`
}

func (c *Client) CreateLabel(ctx context.Context, req LabelRequest) (*Label, error) {
	body, _ := json.Marshal(req)
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v2/labels", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	httpReq.Header.Set("Authorization", "Bearer "+c.apiKey)
	httpReq.Header.Set("Content-Type", "application/json")

	resp, err := c.http.Do(httpReq)
	if err != nil {
		return nil, fmt.Errorf("carrier: create label: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return nil, fmt.Errorf("carrier: create label: status %d", resp.StatusCode)
	}
	var l Label
	return &l, json.NewDecoder(resp.Body).Decode(&l)
}
