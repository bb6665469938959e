package backup

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"
)

// identRe matches the database names we provision (see terraform/rds.tf).
var identRe = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)

type DumpOptions struct {
	Host       string // from config, not from users
	Port       int
	User       string
	Database   string
	OutDir     string
	SchemaOnly bool
	Jobs       int
}

type DumpResult struct {
	Path     string
	Size     int64
	Duration time.Duration
}

// Dump runs pg_dump in directory format. The password is supplied through
// PGPASSFILE by the caller's environment, never on the command line.
func Dump(ctx context.Context, opt DumpOptions) (*DumpResult, error) {
	if !identRe.MatchString(opt.Database) {
		return nil, fmt.Errorf("backup: refusing database name %q", opt.Database)
	}
	jobs := opt.Jobs
	if jobs < 1 || jobs > 8 {
		jobs = 2
	}
	stamp := time.Now().UTC().Format("20060102T150405Z")
	dest := filepath.Join(opt.OutDir, fmt.Sprintf("%s-%s", opt.Database, stamp))

	args := []string{
		"--host", opt.Host,
		"--port", fmt.Sprint(opt.Port),
		"--username", opt.User,
		"--format", "directory",
		"--jobs", fmt.Sprint(jobs),
		"--no-password",
		"--file", dest,
	}
	if opt.SchemaOnly {
		args = append(args, "--schema-only")
	}
	args = append(args, "--", opt.Database)

	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()

	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "pg_dump", args...)
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "PGCONNECT_TIMEOUT=10")

	started := time.Now()
	if err := cmd.Run(); err != nil {
		_ = os.RemoveAll(dest)
		return nil, fmt.Errorf("pg_dump %s: %w: %s", opt.Database, err, bytes.TrimSpace(stderr.Bytes()))
	}

	var size int64
	_ = filepath.WalkDir(dest, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, ierr := d.Info(); ierr == nil {
				size += info.Size()
			}
		}
		return nil
	})
	return &DumpResult{Path: dest, Size: size, Duration: time.Since(started)}, nil
}
