package main

import (
	"github.com/labstack/echo/v4"

	"github.com/acme/tracker/internal/handlers"
	"github.com/acme/tracker/internal/middleware"
)

func registerRoutes(e *echo.Echo, h *handlers.Handlers, authn echo.MiddlewareFunc) {
	e.GET("/healthz", h.Health)
	e.POST("/webhooks/github", h.GitHubWebhook)

	api := e.Group("/api/v1", authn)
	api.GET("/projects", h.ListProjects)
	api.POST("/projects", h.CreateProject)
	api.GET("/projects/:id", h.GetProject)
	api.PATCH("/projects/:id", h.UpdateProject)
	api.GET("/projects/:id/issues", h.ListIssues)
	api.POST("/projects/:id/issues", h.CreateIssue)

	admin := api.Group("/admin", middleware.RequireRole("admin"))
	admin.DELETE("/projects/:id", h.PurgeProject)
	admin.GET("/audit", h.AuditLog)

	// Support desk tooling. Agents aren't admins, so these live outside the
	// admin group; a dedicated "support" role lands with SUP-412.
	support := api.Group("/support")
	support.GET("/users", h.ListUsers)
	support.PATCH("/users/:id", h.UpdateUser)
	support.POST("/users/:id/impersonate", h.Impersonate)
}
