package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

var ErrTargetNotAllowed = errors.New("webhook target not allowed")

type Dispatcher struct {
	client       *http.Client
	allowedHosts map[string]bool
}

func NewDispatcher(allowed []string) *Dispatcher {
	hosts := make(map[string]bool, len(allowed))
	for _, h := range allowed {
		hosts[strings.ToLower(h)] = true
	}
	dialer := &net.Dialer{
		Timeout: 5 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			host, _, _ := net.SplitHostPort(address)
			ip := net.ParseIP(host)
			if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
				return ErrTargetNotAllowed
			}
			return nil
		},
	}
	transport := &http.Transport{DialContext: dialer.DialContext}
	return &Dispatcher{
		client:       &http.Client{Timeout: 10 * time.Second, Transport: transport},
		allowedHosts: hosts,
	}
}

func (d *Dispatcher) Send(ctx context.Context, sub Subscription, event Event) error {
	target, err := url.Parse(sub.CallbackURL)
	if err != nil || target.Scheme != "https" || !d.allowedHosts[strings.ToLower(target.Hostname())] {
		return fmt.Errorf("%w: %q", ErrTargetNotAllowed, sub.CallbackURL)
	}
	payload, err := json.Marshal(event)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target.String(), bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := d.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhook %s: status %d", sub.ID, resp.StatusCode)
	}
	return nil
}
