package media

import (
	"context"
	"encoding/json"
	"errors"
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

func Inspect(ctx context.Context, path string) (*Probe, error) {
	return nil, errors.New("not implemented")
}
