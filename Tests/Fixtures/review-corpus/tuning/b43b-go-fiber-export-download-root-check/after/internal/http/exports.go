package http

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"
)

type ExportHandler struct {
	Dir string // /var/lib/quarry/exports
}

func (h *ExportHandler) Register(app fiber.Router) {
	app.Get("/exports", h.list)
	app.Get("/exports/:name", h.download)
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

func (h *ExportHandler) download(c *fiber.Ctx) error {
	name := c.Params("name")
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return fiber.ErrBadRequest
	}
	base := h.userDir(c)
	full := filepath.Join(base, filepath.Clean("/"+name))
	if rel, err := filepath.Rel(base, full); err != nil || strings.HasPrefix(rel, "..") {
		return fiber.ErrBadRequest
	}
	if _, err := os.Stat(full); err != nil {
		return fiber.ErrNotFound
	}
	return c.Download(full, name)
}
