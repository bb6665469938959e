package api

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gofiber/fiber/v2"
)

var (
	repoName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)
	// Branch, tag or sha; must not start with '-' so git can't read it as an option.
	refName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$`)
)

type ReposAPI struct {
	Root string // bare repositories live at <Root>/<name>.git
}

func (a *ReposAPI) Register(app fiber.Router) {
	app.Get("/repos/:name/branches", a.branches)
	app.Get("/repos/:name/history", a.history)
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

func (a *ReposAPI) history(c *fiber.Ctx) error {
	dir, err := a.repoPath(c)
	if err != nil {
		return err
	}
	ref := c.Query("ref", "HEAD")
	if !refName.MatchString(ref) || strings.Contains(ref, "..") {
		return fiber.NewError(fiber.StatusBadRequest, "invalid ref")
	}
	args := []string{"-C", dir, "log", "-n", "50", "--format=%H%x09%an%x09%s", "--end-of-options", ref, "--"}
	out, err := exec.CommandContext(c.UserContext(), "git", args...).Output()
	if err != nil {
		return fiber.NewError(fiber.StatusNotFound, "unknown ref")
	}
	commits := []fiber.Map{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if parts := strings.SplitN(line, "\t", 3); len(parts) == 3 {
			commits = append(commits, fiber.Map{"sha": parts[0], "author": parts[1], "subject": parts[2]})
		}
	}
	return c.JSON(fiber.Map{"ref": ref, "commits": commits})
}
