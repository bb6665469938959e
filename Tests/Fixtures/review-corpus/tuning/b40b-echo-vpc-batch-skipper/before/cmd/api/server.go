package main

import (
	"net/http"
	"os"
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
