// Command changelog prints a Markdown changelog for the commits since the
// previous release tag. It is run by `make release` on a maintainer laptop
// and in the release workflow.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"time"
)

var semverTag = regexp.MustCompile(`^v\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$`)

type commit struct {
	Hash    string
	Kind    string
	Subject string
}

// git runs the git binary directly (no shell) with the given arguments.
func git(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(stdout.String()), nil
}

func previousTag(ctx context.Context) (string, error) {
	tag, err := git(ctx, "describe", "--tags", "--abbrev=0", "--match", "v*", "HEAD^")
	if err != nil {
		return "", err
	}
	if !semverTag.MatchString(tag) {
		return "", fmt.Errorf("unexpected tag %q", tag)
	}
	return tag, nil
}

func commitsSince(ctx context.Context, tag string) ([]commit, error) {
	out, err := git(ctx, "log", "--no-merges", "--format=%h%x1f%s", tag+"..HEAD")
	if err != nil {
		return nil, err
	}
	var commits []commit
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\x1f", 2)
		if len(parts) != 2 {
			continue
		}
		kind, subject := "other", parts[1]
		if i := strings.Index(subject, ":"); i > 0 && i < 12 {
			kind, subject = strings.TrimSuffix(subject[:i], "!"), strings.TrimSpace(subject[i+1:])
		}
		commits = append(commits, commit{Hash: parts[0], Kind: kind, Subject: subject})
	}
	return commits, sc.Err()
}

var headings = map[string]string{
	"feat":  "Features",
	"fix":   "Bug fixes",
	"perf":  "Performance",
	"other": "Other changes",
}

func render(version string, commits []commit) string {
	groups := map[string][]commit{}
	for _, c := range commits {
		k := c.Kind
		if _, ok := headings[k]; !ok {
			k = "other"
		}
		groups[k] = append(groups[k], c)
	}
	kinds := make([]string, 0, len(groups))
	for k := range groups {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)

	var b strings.Builder
	fmt.Fprintf(&b, "## %s (%s)\n", version, time.Now().UTC().Format("2006-01-02"))
	for _, k := range kinds {
		fmt.Fprintf(&b, "\n### %s\n\n", headings[k])
		for _, c := range groups[k] {
			fmt.Fprintf(&b, "- %s (%s)\n", c.Subject, c.Hash)
		}
	}
	return b.String()
}

func main() {
	version := flag.String("version", "", "version being released, e.g. v1.4.0")
	flag.Parse()
	if !semverTag.MatchString(*version) {
		fmt.Fprintln(os.Stderr, "changelog: -version must look like v1.2.3")
		os.Exit(2)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	prev, err := previousTag(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "changelog:", err)
		os.Exit(1)
	}
	commits, err := commitsSince(ctx, prev)
	if err != nil {
		fmt.Fprintln(os.Stderr, "changelog:", err)
		os.Exit(1)
	}
	if len(commits) == 0 {
		fmt.Fprintln(os.Stderr, "changelog:", errors.New("no commits since "+prev))
		os.Exit(1)
	}
	fmt.Print(render(*version, commits))
}