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

	app.Get("/admin/users", requireSession, requireAdmin, ah.ListUsers)
	app.Get("/admin/users/:id", requireSession, requireAdmin, ah.GetUser)
	app.Post("/admin/users/:id/role", requireSession, requireAdmin, ah.SetRole)
	app.Get("/admin/audit", requireSession, requireAdmin, ah.AuditLog)
	app.Delete("/admin/tickets/:id", requireSession, requireAdmin, ah.PurgeTicket)
}
