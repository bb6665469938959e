package mirror

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/labstack/echo/v4"
)

// allowedHosts are the forges we are willing to mirror from.
var allowedHosts = map[string]bool{
	"github.com":   true,
	"gitlab.com":   true,
	"codeberg.org": true,
}

type Handler struct {
	MirrorRoot string
	Jobs       JobStore
}

type createMirrorRequest struct {
	RepoURL string `json:"repo_url"`
}

func (h *Handler) Register(g *echo.Group) {
	g.POST("/mirrors", h.create)
}

// validateRepoURL only accepts https URLs on an allowed forge with a plain
// owner/name path, so the value can never be read by git as an option or as
// a transport helper such as ext::.
func validateRepoURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return nil, errors.New("repo_url must be a plain https URL")
	}
	if !allowedHosts[strings.ToLower(u.Hostname())] || u.Port() != "" {
		return nil, fmt.Errorf("host %q is not supported", u.Hostname())
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) != 2 || parts[0] == "" || parts[1] == "" || strings.HasPrefix(parts[0], "-") {
		return nil, errors.New("repo_url must look like https://host/owner/name")
	}
	return u, nil
}

func (h *Handler) create(c echo.Context) error {
	var req createMirrorRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid body")
	}
	repo, err := validateRepoURL(req.RepoURL)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}

	id := uuid.NewString()
	dest := filepath.Join(h.MirrorRoot, id+".git")

	ctx, cancel := context.WithTimeout(c.Request().Context(), 5*time.Minute)
	defer cancel()

	cmd := exec.CommandContext(ctx, "git", "clone", "--mirror", "--quiet", "--", repo.String(), dest)
	cmd.Env = append(os.Environ(),
		"GIT_TERMINAL_PROMPT=0",
		"GIT_ALLOW_PROTOCOL=https",
	)
	if out, err := cmd.CombinedOutput(); err != nil {
		_ = os.RemoveAll(dest)
		c.Logger().Warnf("mirror %s failed: %v: %s", repo.Redacted(), err, out)
		return echo.NewHTTPError(http.StatusBadGateway, "clone failed")
	}

	if err := h.Jobs.Record(c.Request().Context(), id, repo.String(), dest); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]string{"id": id, "repo_url": repo.String()})
}