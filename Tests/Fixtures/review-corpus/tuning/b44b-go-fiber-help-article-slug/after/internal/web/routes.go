package web

import (
	"path/filepath"
	"regexp"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cache"

	"github.com/tidepool-app/portal/internal/session"
)

// Help articles are generated as <slug>.html into docsDir by the docs build.
var articleSlug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

type Server struct {
	app      *fiber.App
	assetDir string
	docsDir  string
	sessions *session.Store
}

func (s *Server) routes() {
	s.app.Static("/assets", s.assetDir, fiber.Static{Compress: true, MaxAge: 86400})

	helpCache := cache.New(cache.Config{Expiration: 10 * time.Minute})
	s.app.Get("/help", helpCache, func(c *fiber.Ctx) error {
		return c.SendFile(filepath.Join(s.docsDir, "index.html"))
	})
	s.app.Get("/help/:article", helpCache, func(c *fiber.Ctx) error {
		slug := c.Params("article")
		if len(slug) > 80 || !articleSlug.MatchString(slug) {
			return fiber.ErrNotFound
		}
		return c.SendFile(filepath.Join(s.docsDir, slug+".html"))
	})

	account := s.app.Group("/account", s.sessions.Require)
	account.Get("/", s.accountHome)
	account.Post("/profile", s.updateProfile)
}
