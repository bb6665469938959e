package inventory

import (
	"context"
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

func TestGetItem(t *testing.T) {
	srv := httptest.NewServer(newFakeInventory(t))
	defer srv.Close()

	c, err := New(srv.URL, "test-token", &http.Client{Timeout: time.Second})
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
	srv := httptest.NewServer(newFakeInventory(t))
	defer srv.Close()

	c, err := New(srv.URL, "test-token", &http.Client{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetItem(context.Background(), "missing")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("want ErrNotFound, got %v", err)
	}
}

func TestGetItemTimeout(t *testing.T) {
	srv := httptest.NewServer(newFakeInventory(t))
	defer srv.Close()

	c, err := New(srv.URL, "test-token", &http.Client{Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetItem(context.Background(), "slow"); err == nil {
		t.Fatal("expected a timeout error")
	}
}
