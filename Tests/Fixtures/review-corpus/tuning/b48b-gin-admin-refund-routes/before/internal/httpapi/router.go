package httpapi

import (
	"github.com/gin-gonic/gin"

	"github.com/lumenpay/billing/internal/httpapi/handlers"
	"github.com/lumenpay/billing/internal/httpapi/mw"
)

func NewRouter(h *handlers.Set, authn *mw.Authenticator) *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery(), mw.RequestID(), mw.AccessLog())

	r.GET("/healthz", h.Health)

	api := r.Group("/api/v1", authn.RequireUser())
	{
		api.GET("/invoices", h.ListInvoices)
		api.GET("/invoices/:id", h.GetInvoice)
		api.POST("/invoices/:id/pay", h.PayInvoice)
	}

	admin := r.Group("/admin", authn.RequireUser(), authn.RequireRole("billing-admin"))
	{
		admin.GET("/accounts/:id", h.AdminGetAccount)
		admin.POST("/accounts/:id/credit", h.AdminIssueCredit)
	}

	return r
}
