package server

import (
	"net/http"
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"

	"github.com/ledgerly/api/internal/auth"
	"github.com/ledgerly/api/internal/handlers"
	"github.com/ledgerly/api/internal/ratelimit"
)

type Deps struct {
	Handlers *handlers.Handlers
	Auth     *auth.Middleware
	Limiter  *ratelimit.Limiter
	Origins  []string
}

func NewRouter(d Deps) *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery(), requestID(), accessLog())
	r.Use(cors.New(cors.Config{
		AllowOrigins:     d.Origins,
		AllowMethods:     []string{"GET", "POST", "PUT", "PATCH", "DELETE"},
		AllowHeaders:     []string{"Authorization", "Content-Type", "X-Request-ID"},
		AllowCredentials: true,
		MaxAge:           12 * time.Hour,
	}))

	h := d.Handlers

	// Public endpoints.
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	r.POST("/api/v1/login", d.Limiter.PerIP(10, time.Minute), h.Login)
	r.POST("/api/v1/password-reset", d.Limiter.PerIP(5, time.Minute), h.RequestPasswordReset)

	// Authenticated API.
	api := r.Group("/api/v1")
	api.Use(d.Auth.RequireSession())
	{
		api.GET("/me", h.Me)
		api.GET("/invoices", h.ListInvoices)
		api.POST("/invoices", h.CreateInvoice)
		api.GET("/invoices/:id", h.GetInvoice)
		api.PATCH("/invoices/:id", h.UpdateInvoice)
		api.GET("/customers", h.ListCustomers)
		api.POST("/customers", h.CreateCustomer)
	}

	// Organisation administration.
	admin := api.Group("/admin")
	admin.Use(d.Auth.RequireRole("admin"))
	{
		admin.GET("/users", h.ListUsers)
		admin.POST("/users/:id/disable", h.DisableUser)
		admin.GET("/audit-log", h.ListAuditLog)
	}

	return r
}