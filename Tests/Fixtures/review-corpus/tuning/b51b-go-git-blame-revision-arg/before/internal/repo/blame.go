package repo

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
)

type BlameLine struct {
	Commit string
	Author string
	Line   int
}

// Blame runs git blame for a file at HEAD in the mirror checkout.
func (m *Mirror) Blame(ctx context.Context, file string) ([]BlameLine, error) {
	cmd := exec.CommandContext(ctx, "git", "-C", m.Dir, "blame", "--line-porcelain", "HEAD", "--", file)
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("git blame %s: %w", file, err)
	}
	return parsePorcelain(bufio.NewScanner(&out))
}
