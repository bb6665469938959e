package http

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/gofiber/fiber/v2"
)

type ExportHandler struct {
	Dir string // /var/lib/quarry/exports
}

func (h *ExportHandler) Register(app fiber.Router) {
	app.Get("/exports", h.list)
}

func (h *ExportHandler) userDir(c *fiber.Ctx) string {
	uid := c.Locals("userID").(int64)
	return filepath.Join(h.Dir, strconv.FormatInt(uid, 10))
}

func (h *ExportHandler) list(c *fiber.Ctx) error {
	entries, err := os.ReadDir(h.userDir(c))
	if err != nil {
		return c.JSON([]string{})
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return c.JSON(names)
}
