package webhook

import (
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestSenderPostsOverTLS(t *testing.T) {
	var got []byte
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ = io.ReadAll(r.Body)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	// httptest's certificate is self-signed for 127.0.0.1; this client only
	// ever talks to srv.
	client := &http.Client{
		Timeout:   2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // loopback test server
		},
	}
	s := NewSender(client, []byte("test-signing-secret"))
	if err := s.Send(srv.URL+"/hook", Event{Type: "invoice.paid", ID: "evt_test_1"}); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if len(got) == 0 {
		t.Fatal("server received an empty body")
	}
}
