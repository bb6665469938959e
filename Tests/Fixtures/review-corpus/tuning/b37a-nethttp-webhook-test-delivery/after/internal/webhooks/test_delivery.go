package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

var errForbiddenTarget = errors.New("webhook target is not a public address")

// safeClient refuses to dial private, loopback and link-local addresses even after redirects or DNS rebinding.
var safeClient = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		DialContext: (&net.Dialer{
			Timeout: 5 * time.Second,
			Control: denyPrivate,
		}).DialContext,
	},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// testClient is used by the "Send test event" button. Enterprise customers test against endpoints
// on their VPN peering (10.x / 172.16.x), which safeClient rejects, so the test path uses a plain client.
var testClient = &http.Client{Timeout: 10 * time.Second}

type testRequest struct {
	URL    string `json:"url"`
	Secret string `json:"secret"`
}

type testResult struct {
	Status     int    `json:"status"`
	DurationMs int64  `json:"duration_ms"`
	Body       string `json:"body,omitempty"`
	Error      string `json:"error,omitempty"`
}

// HandleTestDelivery sends a sample event to the URL the user is about to save, so the settings page
// can show whether their endpoint answers.
func (s *Service) HandleTestDelivery(w http.ResponseWriter, r *http.Request) {
	var req testRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<10)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	target, err := url.Parse(req.URL)
	if err != nil || (target.Scheme != "https" && target.Scheme != "http") {
		http.Error(w, "url must be http(s)", http.StatusBadRequest)
		return
	}

	body, _ := json.Marshal(samplePayload(accountFrom(r.Context())))
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	out, _ := http.NewRequestWithContext(ctx, http.MethodPost, target.String(), bytes.NewReader(body))
	out.Header.Set("Content-Type", "application/json")
	out.Header.Set("X-Signature", sign(req.Secret, body))

	start := time.Now()
	resp, err := testClient.Do(out)
	res := testResult{DurationMs: time.Since(start).Milliseconds()}
	if err != nil {
		res.Error = err.Error()
	} else {
		defer resp.Body.Close()
		res.Status = resp.StatusCode
		// Show the first 4 KiB of the endpoint's answer so users can debug their handler.
		snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
		res.Body = string(snippet)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(res)
}

func denyPrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
		return fmt.Errorf("%w: %s", errForbiddenTarget, host)
	}
	return nil
}
