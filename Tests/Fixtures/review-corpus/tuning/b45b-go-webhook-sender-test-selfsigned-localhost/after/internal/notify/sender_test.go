package notify

import (
	"context"
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestSenderDeliversOverTLS(t *testing.T) {
	var gotBody, gotSig string
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		gotBody = string(b)
		gotSig = r.Header.Get("X-Signature-256")
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	if !strings.HasPrefix(srv.URL, "https://127.0.0.1:") {
		t.Fatalf("expected loopback test server, got %s", srv.URL)
	}

	// httptest's certificate is self-signed; this client only ever talks to srv.
	client := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // loopback test server
		},
	}
	s := NewSender(client, []byte("test-signing-key"))

	err := s.Deliver(context.Background(), srv.URL+"/hook", Event{Type: "invoice.paid", ID: "evt_1"})
	if err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	if !strings.Contains(gotBody, `"invoice.paid"`) {
		t.Errorf("body = %q, want event type", gotBody)
	}
	if !strings.HasPrefix(gotSig, "sha256=") {
		t.Errorf("signature header = %q, want sha256= prefix", gotSig)
	}
}
