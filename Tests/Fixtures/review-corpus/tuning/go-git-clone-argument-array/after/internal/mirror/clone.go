package mirror

import (
	"context"
	"fmt"
	"net/url"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"
)

var allowedHosts = map[string]bool{"github.com": true, "gitlab.com": true}

func Clone(ctx context.Context, rawURL, workdir string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Host] || u.User != nil {
		return "", fmt.Errorf("unsupported repository url %q", rawURL)
	}
	name := strings.TrimSuffix(path.Base(u.Path), ".git")
	if name == "" || name == "." || name == ".." || name == "/" {
		return "", fmt.Errorf("cannot derive repository name from %q", rawURL)
	}
	dest := filepath.Join(workdir, name)

	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	cmd := exec.CommandContext(ctx, "git", "clone", "--depth", "1", "--no-tags", "--", u.String(), dest)
	cmd.Env = append(cmd.Environ(), "GIT_TERMINAL_PROMPT=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("git clone: %w: %s", err, out)
	}
	return dest, nil
}