package avatars

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

const maxAvatarBytes = 2 << 20 // 2 MiB

var ErrForbiddenAddress = errors.New("avatars: destination address not allowed")

// publicClient only connects to public unicast addresses. The check runs on the
// resolved IP at dial time, so it also applies to redirects and DNS rebinding.
var publicClient = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		Proxy: nil,
		DialContext: (&net.Dialer{
			Timeout: 5 * time.Second,
			Control: func(network, address string, _ syscall.RawConn) error {
				host, _, err := net.SplitHostPort(address)
				if err != nil {
					return err
				}
				ip := net.ParseIP(host)
				if ip == nil || !ip.IsGlobalUnicast() || ip.IsPrivate() || ip.IsLoopback() ||
					ip.IsLinkLocalUnicast() || ip.Equal(net.IPv4(169, 254, 169, 254)) {
					return fmt.Errorf("%w: %s", ErrForbiddenAddress, host)
				}
				return nil
			},
		}).DialContext,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 5 * time.Second,
		MaxIdleConns:          10,
	},
}

type Image struct {
	ContentType string
	Data        []byte
}

func fetch(ctx context.Context, url string) (*Image, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "image/*")
	req.Header.Set("User-Agent", "acme-avatars/1.1")
	resp, err := publicClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("avatars: upstream status %d", resp.StatusCode)
	}
	ct := resp.Header.Get("Content-Type")
	if !strings.HasPrefix(ct, "image/") {
		return nil, fmt.Errorf("avatars: unexpected content type %q", ct)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAvatarBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxAvatarBytes {
		return nil, errors.New("avatars: image too large")
	}
	return &Image{ContentType: ct, Data: data}, nil
}

// FromURL downloads an avatar from a user-supplied link (profile "import from URL").
// Destination filtering happens in publicClient's dialer.
func FromURL(ctx context.Context, raw string) (*Image, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, fmt.Errorf("avatars: invalid url %q", raw)
	}
	if u.User != nil {
		return nil, errors.New("avatars: credentials in url are not allowed")
	}
	return fetch(ctx, u.String())
}

// FromGravatar downloads the Gravatar image for an email address.
func FromGravatar(ctx context.Context, email string) (*Image, error) {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return fetch(ctx, "https://www.gravatar.com/avatar/"+hex.EncodeToString(sum[:])+"?s=256&d=404")
}
