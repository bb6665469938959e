package profile

import (
	"context"
	"errors"
	"net/http"
	"time"
)

var ErrTooLarge = errors.New("avatar too large")

type AvatarStore interface {
	Save(ctx context.Context, userID string, data []byte, contentType string) error
}

type AvatarService struct {
	store  AvatarStore
	client *http.Client
}

func NewAvatarService(store AvatarStore) *AvatarService {
	return &AvatarService{store: store, client: &http.Client{Timeout: 10 * time.Second}}
}
