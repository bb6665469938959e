package main

import (
	"github.com/gofiber/fiber/v2"

	"github.com/acme-corp/helpdesk/internal/admin"
	"github.com/acme-corp/helpdesk/internal/authn"
	"github.com/acme-corp/helpdesk/internal/tickets"
)

func registerRoutes(app *fiber.App, a *authn.Middleware, th *tickets.Handler, ah *admin.Handler) {
	requireSession := a.RequireSession()
	requireAdmin := a.RequireRole("admin")

	app.Get("/healthz", func(c *fiber.Ctx) error { return c.SendString("ok") })
	app.Post("/login", a.Login)

	app.Get("/tickets", requireSession, th.List)
	app.Post("/tickets", requireSession, th.Create)
	app.Get("/tickets/:id", requireSession, th.Get)
	app.Patch("/tickets/:id", requireSession, th.Update)

	// Admin console API (moved under one group for the suspend-user work, HD-214).
	adminAPI := app.Group("/admin", requireSession, requireAdmin)
	adminAPI.Get("/users", ah.ListUsers)
	adminAPI.Get("/users/:id", ah.GetUser)
	adminAPI.Post("/users/:id/role", ah.SetRole)
	adminAPI.Post("/users/:id/suspend", ah.Suspend)
	adminAPI.Get("/audit", ah.AuditLog)
	adminAPI.Delete("/tickets/:id", ah.PurgeTicket)
}
