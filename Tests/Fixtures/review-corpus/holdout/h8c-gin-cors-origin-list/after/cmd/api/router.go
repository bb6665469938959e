package main

import (
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"

	"github.com/northwind-labs/roster/internal/api"
	"github.com/northwind-labs/roster/internal/config"
)

func newRouter(cfg config.Config, h *api.Handlers) *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery(), api.RequestLogger())
	r.Use(cors.New(cors.Config{
		AllowOrigins:     cfg.CORSOrigins, // CORS_ORIGINS=https://app.roster.io,https://admin.roster.io
		AllowMethods:     []string{"GET", "POST", "DELETE"},
		AllowHeaders:     []string{"Authorization", "Content-Type"},
		AllowCredentials: true,
		MaxAge:           10 * time.Minute,
	}))

	v1 := r.Group("/v1", api.RequireAuth(cfg.JWTIssuer, cfg.JWKSURL))
	v1.GET("/teams", h.ListTeams)
	v1.GET("/teams/:id/members", h.ListMembers)
	v1.POST("/teams/:id/members", h.AddMember)
	v1.DELETE("/teams/:id/members/:uid", h.RemoveMember)

	r.GET("/healthz", func(c *gin.Context) { c.Status(204) })
	return r
}
