package media

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"time"
)

var ErrNoVideoStream = errors.New("no video stream")

type Probe struct {
	Streams []struct {
		CodecType string `json:"codec_type"`
		CodecName string `json:"codec_name"`
		Width     int    `json:"width"`
		Height    int    `json:"height"`
	} `json:"streams"`
	Format struct {
		Duration string `json:"duration"`
	} `json:"format"`
}

func decodeProbe(raw []byte) (*Probe, error) {
	var p Probe
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Inspect runs ffprobe on a file the upload handler stored under its own
// temp directory (os.CreateTemp), never on a client-chosen name.
func Inspect(ctx context.Context, path string) (*Probe, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()

	args := []string{
		"-v", "error",
		"-print_format", "json",
		"-show_streams", "-show_format",
		"--", path,
	}
	cmd := exec.CommandContext(ctx, "ffprobe", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("ffprobe: %w: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	p, err := decodeProbe(stdout.Bytes())
	if err != nil {
		return nil, err
	}
	for _, s := range p.Streams {
		if s.CodecType == "video" {
			return p, nil
		}
	}
	return nil, ErrNoVideoStream
}
