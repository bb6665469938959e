package handlers

import (
	"context"
	"fmt"
	"os/exec"
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
	r.Get("/diag/trace", d.trace)
}

func (d *Diagnostics) info(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{
		"version":    d.version,
		"uptime":     time.Since(d.startedAt).String(),
		"goroutines": runtime.NumGoroutine(),
	})
}

func (d *Diagnostics) trace(c *fiber.Ctx) error {
	host := c.Query("host")
	if host == "" {
		return fiber.NewError(fiber.StatusBadRequest, "host is required")
	}
	hops := c.QueryInt("hops", 15)

	ctx, cancel := context.WithTimeout(c.UserContext(), 20*time.Second)
	defer cancel()

	script := fmt.Sprintf("traceroute -n -m %d %s 2>&1 | tail -n +2", hops, host)
	out, err := exec.CommandContext(ctx, "/bin/bash", "-c", script).Output()
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return c.JSON(fiber.Map{"host": host, "output": string(out)})
}
