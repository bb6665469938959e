package profile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

var (
	ErrTooLarge      = errors.New("avatar too large")
	ErrHostNotAllowed = errors.New("avatar host not allowed")
)

// Only the identity providers we federate with may serve avatars.
var allowedAvatarHosts = map[string]bool{
	"avatars.githubusercontent.com": true,
	"lh3.googleusercontent.com":     true,
	"secure.gravatar.com":           true,
}

type AvatarStore interface {
	Save(ctx context.Context, userID string, data []byte, contentType string) error
}

type AvatarService struct {
	store  AvatarStore
	client *http.Client
}

func NewAvatarService(store AvatarStore) *AvatarService {
	return &AvatarService{store: store, client: &http.Client{
		Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}}
}

func (s *AvatarService) Import(ctx context.Context, userID, rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "https" || u.User != nil || u.Port() != "" {
		return ErrHostNotAllowed
	}
	if !allowedAvatarHosts[u.Hostname()] {
		return ErrHostNotAllowed
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return fmt.Errorf("fetch avatar: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("fetch avatar: status %d", resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, 2<<20+1))
	if err != nil {
		return err
	}
	if len(data) > 2<<20 {
		return ErrTooLarge
	}
	return s.store.Save(ctx, userID, data, resp.Header.Get("Content-Type"))
}
