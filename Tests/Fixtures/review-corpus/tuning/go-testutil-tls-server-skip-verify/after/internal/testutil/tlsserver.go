// Package testutil holds helpers shared by the integration tests.
package testutil

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// NewTLSServer starts an httptest TLS server and returns a client for it.
//
// httptest generates a fresh self-signed certificate on every run, so the client
// skips verification. This package is only imported from _test.go files; do not
// use it from production code.
func NewTLSServer(t *testing.T, h http.Handler) (*httptest.Server, *http.Client) {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)

	client := &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // test-only self-signed cert
		},
	}
	return srv, client
}
