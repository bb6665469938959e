package webhook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// newTestSender points a Sender at a local TLS server. httptest.NewTLSServer
// uses a throwaway self-signed certificate, so verification is disabled here
// and only here.
func newTestSender(t *testing.T, secret string) *Sender {
	t.Helper()
	client := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // test server only
		},
	}
	return &Sender{Client: client, Secret: []byte(secret)}
}

func TestSendSignsBody(t *testing.T) {
	const secret = "test-signing-secret"
	var gotSig, gotBody string

	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		gotBody = string(b)
		gotSig = r.Header.Get("X-Signature-256")
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	s := newTestSender(t, secret)
	status, err := s.Send(context.Background(), srv.URL, Event{Type: "invoice.paid", ID: "evt_1"})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if status != http.StatusNoContent {
		t.Fatalf("status = %d, want 204", status)
	}

	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(gotBody))
	want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if gotSig != want {
		t.Errorf("signature = %q, want %q", gotSig, want)
	}
}

func TestSendTimesOut(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(3 * time.Second)
	}))
	defer srv.Close()

	s := newTestSender(t, "x")
	if _, err := s.Send(context.Background(), srv.URL, Event{Type: "ping", ID: "evt_2"}); err == nil {
		t.Fatal("expected timeout error")
	}
}

func TestSendRejectsPlainHTTP(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("plain HTTP endpoint should not be called")
	}))
	defer srv.Close()

	s := newTestSender(t, "x")
	if _, err := s.Send(context.Background(), srv.URL, Event{Type: "ping", ID: "evt_3"}); err == nil {
		t.Fatal("expected error for http:// URL")
	}
}
