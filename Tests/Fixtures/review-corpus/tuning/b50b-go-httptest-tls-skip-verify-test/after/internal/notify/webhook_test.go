package notify

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestDeliverPostsSignedJSONOverTLS(t *testing.T) {
	var got struct {
		Event string `json:"event"`
	}
	var sig string
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sig = r.Header.Get("X-Notify-Signature")
		if err := json.NewDecoder(r.Body).Decode(&got); err != nil {
			t.Errorf("decode body: %v", err)
		}
		w.WriteHeader(http.StatusAccepted)
	}))
	defer srv.Close()

	// httptest's certificate is self-signed for 127.0.0.1; this client only ever talks to srv.
	client := &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // in-process test server
		},
	}
	d := NewDeliverer(client, []byte("test-signing-key"))

	if err := d.Deliver(context.Background(), srv.URL, Event{Name: "invoice.paid"}); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	if got.Event != "invoice.paid" {
		t.Errorf("event = %q, want invoice.paid", got.Event)
	}
	if sig == "" {
		t.Error("missing X-Notify-Signature header")
	}
}
