package media

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os/exec"
	"time"
)

type ProbeResult struct {
	DurationSeconds float64 `json:"duration,string"`
	FormatName      string  `json:"format_name"`
}

type Prober struct {
	Timeout time.Duration
	Logger  *slog.Logger
}

// Probe inspects an uploaded media file that has already been written to local scratch space.
func (p *Prober) Probe(ctx context.Context, localPath string) (*ProbeResult, error) {
	ctx, cancel := context.WithTimeout(ctx, p.Timeout)
	defer cancel()

	p.Logger.InfoContext(ctx, "probing", "path", localPath)
	// Arguments go straight to execve; no shell is involved. "--" stops option parsing
	// so a file name starting with "-" cannot be read as a flag.
	cmd := exec.CommandContext(ctx, "ffprobe",
		"-v", "error",
		"-print_format", "json",
		"-show_format",
		"--", localPath,
	)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("ffprobe %s: %w", localPath, err)
	}
	return decode(out)
}

func decode(raw []byte) (*ProbeResult, error) {
	var wrapper struct {
		Format ProbeResult `json:"format"`
	}
	if err := json.Unmarshal(raw, &wrapper); err != nil {
		return nil, err
	}
	return &wrapper.Format, nil
}