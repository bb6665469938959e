package dispatch

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestDeliverPostsSignedPayload(t *testing.T) {
	var gotSig, gotBody string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotSig = r.Header.Get("X-Hook-Signature")
		b, _ := io.ReadAll(r.Body)
		gotBody = string(b)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	d := New(Options{Secret: []byte("test-secret"), Timeout: 2 * time.Second})
	err := d.Deliver(context.Background(), Endpoint{URL: srv.URL + "/hook"}, []byte(`{"event":"ping"}`))
	if err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	if gotBody != `{"event":"ping"}` {
		t.Errorf("body = %q", gotBody)
	}
	if !strings.HasPrefix(gotSig, "sha256=") {
		t.Errorf("signature header = %q, want sha256=...", gotSig)
	}
}

func TestDeliverRetriesOn5xx(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls < 3 {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()

	d := New(Options{Secret: []byte("test-secret"), Timeout: 2 * time.Second, MaxAttempts: 3, Backoff: time.Millisecond})
	if err := d.Deliver(context.Background(), Endpoint{URL: srv.URL}, []byte(`{}`)); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	if calls != 3 {
		t.Errorf("calls = %d, want 3", calls)
	}
}
