package profile

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

var allowedAvatarHosts = map[string]bool{
	"avatars.githubusercontent.com": true,
	"lh3.googleusercontent.com":     true,
	"secure.gravatar.com":           true,
}

var avatarClient = &http.Client{
	Timeout: 5 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	},
}

var ErrHostNotAllowed = errors.New("avatar host not allowed")

// FetchAvatar downloads the avatar a user picked from their linked account.
func FetchAvatar(raw string) ([]byte, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("parse avatar url: %w", err)
	}
	if u.Scheme != "https" || !allowedAvatarHosts[u.Hostname()] || u.Port() != "" {
		return nil, ErrHostNotAllowed
	}
	resp, err := avatarClient.Get(u.String())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("avatar fetch: status %d", resp.StatusCode)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 2<<20))
}
