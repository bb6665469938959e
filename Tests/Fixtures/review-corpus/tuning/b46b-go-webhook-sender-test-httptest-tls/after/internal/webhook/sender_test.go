package webhook

import (
	"context"
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestSenderPostsSignedPayload(t *testing.T) {
	secret := []byte("test-secret-not-real")
	var gotSig string
	var gotBody []byte
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotSig = r.Header.Get("X-Signature-256")
		gotBody, _ = io.ReadAll(r.Body)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	// httptest's certificate is self-signed for 127.0.0.1; this client only ever talks to srv.
	client := &http.Client{
		Timeout:   5 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}, //nolint:gosec // local test server
	}
	s := NewSender(client, secret)
	if err := s.Send(context.Background(), srv.URL, []byte(`{"event":"ping"}`)); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if string(gotBody) != `{"event":"ping"}` {
		t.Fatalf("body = %q", gotBody)
	}
	if want := Sign(secret, gotBody); gotSig != want {
		t.Fatalf("signature = %q, want %q", gotSig, want)
	}
}
