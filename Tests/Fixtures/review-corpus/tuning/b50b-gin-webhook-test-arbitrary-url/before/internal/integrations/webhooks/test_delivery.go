package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type testDeliveryResponse struct {
	Status int    `json:"status"`
	Body   string `json:"body"`
}

// SendTest posts a sample event to one of the tenant's saved endpoints so they can
// check their receiver. Endpoint URLs are validated against the egress policy when saved.
func (h *Handler) SendTest(c *gin.Context) {
	tenantID := c.GetString("tenant_id")
	ep, err := h.endpoints.Get(c.Request.Context(), tenantID, c.Param("endpointID"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "endpoint not found"})
		return
	}

	payload, _ := json.Marshal(sampleEvent(tenantID))
	ctx, cancel := context.WithTimeout(c.Request.Context(), 10*time.Second)
	defer cancel()

	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature", h.signer.Sign(ep.Secret, payload))

	resp, err := h.client.Do(req)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	c.JSON(http.StatusOK, testDeliveryResponse{Status: resp.StatusCode, Body: string(body)})
}
