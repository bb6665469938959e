package media

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"time"
)

type ProbeResult struct {
	Streams []struct {
		CodecType string `json:"codec_type"`
		CodecName string `json:"codec_name"`
		Width     int    `json:"width,omitempty"`
		Height    int    `json:"height,omitempty"`
	} `json:"streams"`
	Format struct {
		Duration string `json:"duration"`
	} `json:"format"`
}

// streamSpec accepts ffprobe stream specifiers of the form "a:0" or "v:12".
var streamSpec = regexp.MustCompile(`^[av]:[0-9]{1,2}$`)

// Probe runs ffprobe against a file already written to the scratch dir.
// stream optionally narrows the output to one stream, e.g. "a:1" for the
// second audio track; pass "" for all streams.
func Probe(ctx context.Context, path, stream string) (*ProbeResult, error) {
	args := []string{"-v", "error", "-print_format", "json", "-show_streams", "-show_format"}
	if stream != "" {
		if !streamSpec.MatchString(stream) {
			return nil, fmt.Errorf("invalid stream selector %q", stream)
		}
		args = append(args, "-select_streams", stream)
	}
	args = append(args, path)

	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ffprobe", args...).Output()
	if err != nil {
		return nil, err
	}
	var res ProbeResult
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, err
	}
	return &res, nil
}
