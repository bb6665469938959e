package webhooks

import (
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
		if r.Header.Get("X-Signature-256") == "" {
			t.Errorf("missing signature header")
		}
		w.WriteHeader(http.StatusAccepted)
	}))
	defer srv.Close()

	// httptest's certificate is self-signed; trust it only inside this test.
	client := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // local test server only
		},
	}
	s := NewSender(client, []byte("test-signing-key"))

	if err := s.Deliver(srv.URL+"/hook", []byte(`{"event":"ping"}`)); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	if string(got) != `{"event":"ping"}` {
		t.Fatalf("body = %q", got)
	}
}

func TestSenderRejectsNon2xx(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusGone)
	}))
	defer srv.Close()

	s := NewSender(srv.Client(), []byte("test-signing-key"))
	if err := s.Deliver(srv.URL+"/hook", []byte(`{}`)); err == nil {
		t.Fatal("expected error for 410 response")
	}
}
