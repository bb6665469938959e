package web

import (
	"path/filepath"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cache"

	"github.com/tidepool-app/portal/internal/session"
)

type Server struct {
	app      *fiber.App
	assetDir string
	docsDir  string
	sessions *session.Store
}

func (s *Server) routes() {
	s.app.Static("/assets", s.assetDir, fiber.Static{Compress: true, MaxAge: 86400})

	s.app.Get("/help", cache.New(cache.Config{Expiration: 10 * time.Minute}), func(c *fiber.Ctx) error {
		return c.SendFile(filepath.Join(s.docsDir, "index.html"))
	})

	account := s.app.Group("/account", s.sessions.Require)
	account.Get("/", s.accountHome)
	account.Post("/profile", s.updateProfile)
}
