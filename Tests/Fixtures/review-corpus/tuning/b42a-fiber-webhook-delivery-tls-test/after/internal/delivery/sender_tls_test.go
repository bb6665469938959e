package delivery

import (
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
)

// newLocalSink starts an HTTPS receiver on 127.0.0.1 with httptest's
// self-signed certificate and counts the deliveries it accepts.
func newLocalSink(t *testing.T, got *atomic.Int32) *httptest.Server {
	t.Helper()
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Header.Get("X-Acme-Signature") == "" || !strings.Contains(string(body), `"event":"order.paid"`) {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		got.Add(1)
		w.WriteHeader(http.StatusAccepted)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestRedeliverEndpointPostsToHTTPSSink(t *testing.T) {
	var got atomic.Int32
	sink := newLocalSink(t, &got)

	sender := NewSender(Options{
		SigningSecret: []byte("unit-test-secret"),
		Timeout:       2 * time.Second,
		// The sink's certificate is self-signed for 127.0.0.1.
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
	})
	store := newMemStore()
	store.put(Delivery{ID: "dlv_1", URL: sink.URL + "/hook", Payload: []byte(`{"event":"order.paid","id":"ord_9"}`)})

	app := fiber.New()
	Mount(app.Group("/internal"), sender, store)

	req := httptest.NewRequest(http.MethodPost, "/internal/deliveries/dlv_1/redeliver", nil)
	resp, err := app.Test(req, 5000)
	if err != nil {
		t.Fatalf("app.Test: %v", err)
	}
	if resp.StatusCode != fiber.StatusOK {
		t.Fatalf("status = %d, want 200", resp.StatusCode)
	}
	if got.Load() != 1 {
		t.Fatalf("sink received %d deliveries, want 1", got.Load())
	}
	if d := store.get("dlv_1"); d.Attempts != 1 || d.LastStatus != http.StatusAccepted {
		t.Fatalf("delivery state = %+v", d)
	}
}
