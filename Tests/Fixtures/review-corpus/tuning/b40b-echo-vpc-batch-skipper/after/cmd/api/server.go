package main

import (
	"net/http"
	"os"
	"strings"
	"time"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/acme/orders/internal/handlers"
)

func newServer(h *handlers.Handlers) *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.RequestID())
	e.Use(middleware.Recover())
	e.Use(middleware.TimeoutWithConfig(middleware.TimeoutConfig{Timeout: 15 * time.Second}))

	e.GET("/healthz", func(c echo.Context) error { return c.NoContent(http.StatusOK) })

	api := e.Group("/api/v1")
	api.Use(echojwt.WithConfig(echojwt.Config{
		// Reconciliation and export jobs run inside the VPC and have no user
		// token; handlers treat a missing "user" as the batch service account.
		Skipper:       fromVPC,
		SigningKey:    []byte(os.Getenv("JWT_SIGNING_KEY")),
		SigningMethod: "HS256",
		ContextKey:    "user",
	}))

	api.GET("/orders", h.ListOrders)
	api.GET("/orders/:id", h.GetOrder)
	api.POST("/orders", h.CreateOrder)
	api.POST("/orders/:id/cancel", h.CancelOrder)
	api.GET("/customers/:id", h.GetCustomer)

	return e
}

// fromVPC reports whether the caller is inside the 10.0.0.0/8 VPC range.
func fromVPC(c echo.Context) bool {
	return strings.HasPrefix(c.RealIP(), "10.")
}
