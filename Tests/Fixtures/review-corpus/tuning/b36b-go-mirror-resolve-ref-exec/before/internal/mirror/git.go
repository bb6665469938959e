package mirror

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

const gitTimeout = 30 * time.Second

// Git runs git commands against bare mirrors under Root.
type Git struct {
	Bin  string // path to git, defaults to "git"
	Root string
}

func (g *Git) bin() string {
	if g.Bin == "" {
		return "git"
	}
	return g.Bin
}

func (g *Git) run(ctx context.Context, repoDir string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, gitTimeout)
	defer cancel()

	full := append([]string{"-C", repoDir}, args...)
	cmd := exec.CommandContext(ctx, g.bin(), full...)
	cmd.Env = []string{"GIT_TERMINAL_PROMPT=0", "GIT_CONFIG_NOSYSTEM=1", "HOME=/nonexistent"}

	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %w: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}

// Tags lists tags of the mirror, newest first.
func (g *Git) Tags(ctx context.Context, repoDir string) ([]string, error) {
	out, err := g.run(ctx, repoDir, "tag", "--list", "--sort=-creatordate")
	if err != nil {
		return nil, err
	}
	return splitLines(out), nil
}

// Fetch updates the mirror from its origin.
func (g *Git) Fetch(ctx context.Context, repoDir string) error {
	_, err := g.run(ctx, repoDir, "fetch", "--prune", "--tags", "origin")
	return err
}

func splitLines(s string) []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
