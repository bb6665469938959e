// Package statuspage is a minimal client for the Statuspage v1 API, used by the
// release notifier to open and resolve incidents during deploys.
package statuspage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

const baseURL = "https://api.statuspage.io/v1"

type Client struct {
	http   *http.Client
	apiKey string
	pageID string
}

func New(apiKey, pageID string) *Client {
	return &Client{http: &http.Client{Timeout: 10 * time.Second}, apiKey: apiKey, pageID: pageID}
}

type Incident struct {
	ID     string `json:"id,omitempty"`
	Name   string `json:"name"`
	Status string `json:"status"`
	Body   string `json:"body,omitempty"`
}

func (c *Client) CreateIncident(ctx context.Context, in Incident) (*Incident, error) {
	return c.do(ctx, http.MethodPost, "/pages/"+url.PathEscape(c.pageID)+"/incidents", map[string]Incident{"incident": in})
}

func (c *Client) UpdateIncident(ctx context.Context, id string, in Incident) (*Incident, error) {
	path := fmt.Sprintf("/pages/%s/incidents/%s", url.PathEscape(c.pageID), url.PathEscape(id))
	return c.do(ctx, http.MethodPatch, path, map[string]Incident{"incident": in})
}

func (c *Client) do(ctx context.Context, method, path string, body any) (*Incident, error) {
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, baseURL+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "OAuth "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("statuspage %s %s: %s", method, path, resp.Status)
	}
	var out Incident
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}