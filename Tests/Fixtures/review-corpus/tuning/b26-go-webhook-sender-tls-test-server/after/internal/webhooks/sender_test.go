package webhooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// newTLSReceiver starts an httptest TLS server with its self-signed
// certificate and a Sender whose client trusts it. The client is local to the
// test; production senders are built by NewSender with the system roots.
func newTLSReceiver(t *testing.T, h http.HandlerFunc) (*httptest.Server, *Sender) {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)

	client := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			// The httptest certificate is generated per run for 127.0.0.1.
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // test-only receiver
		},
	}
	return srv, &Sender{Client: client, Secret: []byte("test-signing-secret"), MaxAttempts: 3}
}

func TestSenderSignsPayload(t *testing.T) {
	var gotSig, gotBody string
	srv, sender := newTLSReceiver(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		gotBody = string(b)
		gotSig = r.Header.Get("X-Relay-Signature")
		w.WriteHeader(http.StatusNoContent)
	})

	err := sender.Deliver(context.Background(), srv.URL+"/hook", Event{Type: "invoice.paid", ID: "evt_1"})
	if err != nil {
		t.Fatalf("Deliver: %v", err)
	}

	mac := hmac.New(sha256.New, []byte("test-signing-secret"))
	mac.Write([]byte(gotBody))
	want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if gotSig != want {
		t.Fatalf("signature = %q, want %q", gotSig, want)
	}
}

func TestSenderRetriesServerErrors(t *testing.T) {
	var calls atomic.Int32
	srv, sender := newTLSReceiver(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) < 3 {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	sender.Backoff = func(int) time.Duration { return time.Millisecond }

	if err := sender.Deliver(context.Background(), srv.URL, Event{Type: "ping", ID: "evt_2"}); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	if n := calls.Load(); n != 3 {
		t.Fatalf("calls = %d, want 3", n)
	}
}

func TestSenderGivesUpOnClientErrors(t *testing.T) {
	var calls atomic.Int32
	srv, sender := newTLSReceiver(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.WriteHeader(http.StatusGone)
	})

	err := sender.Deliver(context.Background(), srv.URL, Event{Type: "ping", ID: "evt_3"})
	if err == nil {
		t.Fatal("expected an error for 410 Gone")
	}
	if n := calls.Load(); n != 1 {
		t.Fatalf("calls = %d, want 1 (no retry on 4xx)", n)
	}
}
