package api

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/acme/metrics/internal/reports"
)

type ReportsAPI struct {
	Service *reports.Service
}

func (a *ReportsAPI) Routes(r fiber.Router) {
	r.Get("/reports/:slug", a.get)
	r.Get("/reports/:slug/summary", a.summary)
}

func (a *ReportsAPI) get(c *fiber.Ctx) error {
	orgID := c.Locals("orgID").(string)
	report, err := a.Service.Render(c.UserContext(), orgID, c.Params("slug"))
	if errors.Is(err, reports.ErrNotFound) {
		return fiber.ErrNotFound
	}
	if err != nil {
		return err
	}

	body, err := json.Marshal(report)
	if err != nil {
		return err
	}

	c.Set(fiber.HeaderCacheControl, "private, max-age=0, must-revalidate")
	c.Set(fiber.HeaderLastModified, report.GeneratedAt.UTC().Format(time.RFC1123))
	c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSONCharsetUTF8)
	return c.Send(body)
}

func (a *ReportsAPI) summary(c *fiber.Ctx) error {
	orgID := c.Locals("orgID").(string)
	sum, err := a.Service.Summary(c.UserContext(), orgID, c.Params("slug"))
	if errors.Is(err, reports.ErrNotFound) {
		return fiber.ErrNotFound
	}
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{
		"slug":        sum.Slug,
		"rows":        sum.Rows,
		"generatedAt": sum.GeneratedAt,
	})
}
