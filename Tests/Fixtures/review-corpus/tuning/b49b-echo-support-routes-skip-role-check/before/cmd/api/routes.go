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
	admin.GET("/users", h.ListUsers)
	admin.PATCH("/users/:id", h.UpdateUser)
	admin.POST("/users/:id/impersonate", h.Impersonate)
	admin.DELETE("/projects/:id", h.PurgeProject)
	admin.GET("/audit", h.AuditLog)
}
