package api

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gofiber/fiber/v2"
)

var repoName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)

type ReposAPI struct {
	Root string // bare repositories live at <Root>/<name>.git
}

func (a *ReposAPI) Register(app fiber.Router) {
	app.Get("/repos/:name/branches", a.branches)
}

func (a *ReposAPI) repoPath(c *fiber.Ctx) (string, error) {
	name := c.Params("name")
	if !repoName.MatchString(name) {
		return "", fiber.NewError(fiber.StatusBadRequest, "invalid repository name")
	}
	return filepath.Join(a.Root, name+".git"), nil
}

func (a *ReposAPI) branches(c *fiber.Ctx) error {
	dir, err := a.repoPath(c)
	if err != nil {
		return err
	}
	out, err := exec.CommandContext(c.UserContext(), "git", "-C", dir,
		"for-each-ref", "--format=%(refname:short)", "refs/heads/").Output()
	if err != nil {
		return fiber.NewError(fiber.StatusNotFound, "repository not found")
	}
	names := strings.Fields(string(out))
	return c.JSON(fiber.Map{"branches": names})
}
