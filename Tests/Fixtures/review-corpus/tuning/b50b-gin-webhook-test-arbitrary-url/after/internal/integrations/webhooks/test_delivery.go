package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// testDeliveryRequest lets the settings page try a URL before the endpoint is saved.
type testDeliveryRequest struct {
	URL    string `json:"url"`
	Method string `json:"method"`
}

type testDeliveryResponse struct {
	Status int    `json:"status"`
	Body   string `json:"body"`
}

// SendTest posts a sample event to a saved endpoint, or to a draft URL from the form,
// so tenants can check their receiver.
func (h *Handler) SendTest(c *gin.Context) {
	tenantID := c.GetString("tenant_id")

	var in testDeliveryRequest
	_ = c.ShouldBindJSON(&in)

	target, secret := strings.TrimSpace(in.URL), "whsec_draft"
	if target == "" {
		ep, err := h.endpoints.Get(c.Request.Context(), tenantID, c.Param("endpointID"))
		if err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "endpoint not found"})
			return
		}
		target, secret = ep.URL, ep.Secret
	}
	method := http.MethodPost
	if in.Method != "" {
		method = strings.ToUpper(in.Method)
	}

	payload, _ := json.Marshal(sampleEvent(tenantID))
	ctx, cancel := context.WithTimeout(c.Request.Context(), 10*time.Second)
	defer cancel()

	req, _ := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature", h.signer.Sign(secret, payload))

	resp, err := h.client.Do(req)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	c.JSON(http.StatusOK, testDeliveryResponse{Status: resp.StatusCode, Body: string(body)})
}
