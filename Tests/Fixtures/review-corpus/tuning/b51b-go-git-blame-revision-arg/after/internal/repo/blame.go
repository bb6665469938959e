package repo

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
)

type BlameLine struct {
	Commit string
	Author string
	Line   int
}

// revPattern accepts abbreviated or full commit SHAs only; branch names and
// anything starting with '-' are rejected so they cannot be read as options.
var revPattern = regexp.MustCompile(`^[0-9a-f]{7,40}$`)

// Blame runs git blame for a file at rev (HEAD when empty) in the mirror checkout.
func (m *Mirror) Blame(ctx context.Context, rev, file string) ([]BlameLine, error) {
	if rev == "" {
		rev = "HEAD"
	} else if !revPattern.MatchString(rev) {
		return nil, fmt.Errorf("invalid revision %q", rev)
	}
	cmd := exec.CommandContext(ctx, "git", "-C", m.Dir, "blame", "--line-porcelain", rev, "--", file)
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("git blame %s@%s: %w", file, rev, err)
	}
	return parsePorcelain(bufio.NewScanner(&out))
}
