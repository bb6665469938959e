package inventory

import (
	"context"
	"crypto/tls"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
)

// newFakeInventory stands in for the inventory service's v2 API.
func newFakeInventory(t *testing.T) *echo.Echo {
	t.Helper()
	e := echo.New()
	e.HideBanner = true
	e.GET("/v2/items/:sku", func(c echo.Context) error {
		if c.Request().Header.Get("Authorization") != "Bearer test-token" {
			return c.NoContent(http.StatusUnauthorized)
		}
		if c.Param("sku") == "missing" {
			return c.NoContent(http.StatusNotFound)
		}
		return c.JSON(http.StatusOK, map[string]any{"sku": c.Param("sku"), "on_hand": 12})
	})
	e.GET("/v2/items/slow", func(c echo.Context) error {
		time.Sleep(300 * time.Millisecond)
		return c.NoContent(http.StatusOK)
	})
	return e
}

// newTestTLSClient talks to the in-process httptest TLS server, whose
// certificate is self-signed and generated per run. New() now rejects
// plain http:// base URLs, so the fakes have to speak TLS. Test-only.
func newTestTLSClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // httptest self-signed cert
		},
	}
}

func TestGetItem(t *testing.T) {
	srv := httptest.NewTLSServer(newFakeInventory(t))
	defer srv.Close()

	c, err := New(srv.URL, "test-token", newTestTLSClient(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	item, err := c.GetItem(context.Background(), "SKU-1")
	if err != nil {
		t.Fatalf("GetItem: %v", err)
	}
	if item.SKU != "SKU-1" || item.OnHand != 12 {
		t.Fatalf("unexpected item %+v", item)
	}
}

func TestGetItemNotFound(t *testing.T) {
	srv := httptest.NewTLSServer(newFakeInventory(t))
	defer srv.Close()

	c, err := New(srv.URL, "test-token", newTestTLSClient(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetItem(context.Background(), "missing")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("want ErrNotFound, got %v", err)
	}
}

func TestGetItemTimeout(t *testing.T) {
	srv := httptest.NewTLSServer(newFakeInventory(t))
	defer srv.Close()

	c, err := New(srv.URL, "test-token", newTestTLSClient(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetItem(context.Background(), "slow"); err == nil {
		t.Fatal("expected a timeout error")
	}
}
