package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"log/slog"
	"net/http"
)

// ShippingHandler receives tracking updates from the carrier aggregator.
type ShippingHandler struct {
	Secret  []byte
	Updates TrackingUpdater
	Log     *slog.Logger
}

func (h *ShippingHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// When a webhook URL is registered the aggregator sends an unsigned HEAD to
	// check it is reachable. Answer it without reading a body or touching Updates.
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 256<<10))
	if err != nil {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return
	}
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := base64.StdEncoding.DecodeString(r.Header.Get("X-Shipwire-Hmac-Sha256"))
	if err != nil || !hmac.Equal(want, got) {
		h.Log.Warn("shipping webhook: bad signature", "remote", r.RemoteAddr)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	if err := h.Updates.Apply(r.Context(), body); err != nil {
		h.Log.Error("shipping webhook: apply failed", "err", err)
		http.Error(w, "retry later", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
