package handlers

import (
	"runtime"
	"time"

	"github.com/gofiber/fiber/v2"
)

type Diagnostics struct {
	startedAt time.Time
	version   string
}

func NewDiagnostics(version string) *Diagnostics {
	return &Diagnostics{startedAt: time.Now(), version: version}
}

func (d *Diagnostics) Register(r fiber.Router) {
	r.Get("/diag/info", d.info)
}

func (d *Diagnostics) info(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{
		"version":    d.version,
		"uptime":     time.Since(d.startedAt).String(),
		"goroutines": runtime.NumGoroutine(),
	})
}
