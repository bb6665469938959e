package media

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"
)

type ProbeResult struct {
	DurationSeconds float64 `json:"duration"`
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
	return nil, fmt.Errorf("probe not implemented")
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