package webhooks

import (
	"context"
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestSenderDeliversOverTLS(t *testing.T) {
	var got []byte
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ = io.ReadAll(r.Body)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	// httptest's certificate is self-signed for 127.0.0.1; only this test client skips verification.
	client := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // loopback test server
		},
	}

	s := NewSender(client, []byte("unit-test-signing-key"))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	if err := s.Deliver(ctx, srv.URL+"/hook", []byte(`{"event":"ping"}`)); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	if string(got) != `{"event":"ping"}` {
		t.Fatalf("server received %q", got)
	}
}
