package carrier

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
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

func NewClient(baseURL, apiKey string) *Client {
	return &Client{
		baseURL: baseURL,
		apiKey:  apiKey,
		http:    &http.Client{Timeout: 15 * time.Second},
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
