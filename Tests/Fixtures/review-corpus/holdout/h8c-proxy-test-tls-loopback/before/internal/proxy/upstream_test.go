package proxy

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestForwardCopiesBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Write(b)
	}))
	defer srv.Close()

	up, err := NewUpstream(srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := up.Forward(httptest.NewRequest(http.MethodPost, "/echo", strings.NewReader("hello")))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if string(got) != "hello" {
		t.Fatalf("body = %q, want %q", got, "hello")
	}
}
