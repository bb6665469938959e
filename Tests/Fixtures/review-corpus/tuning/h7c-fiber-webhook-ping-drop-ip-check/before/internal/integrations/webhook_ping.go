package integrations

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
)

var errTargetNotAllowed = errors.New("webhook target not allowed")

type pingRequest struct {
	URL string `json:"url"`
}

type pingResult struct {
	Status   int    `json:"status"`
	Preview  string `json:"preview"`
	Duration int64  `json:"duration_ms"`
}

var pingClient = &http.Client{Timeout: 5 * time.Second}

// validateTarget makes sure a customer-supplied webhook URL points at the public internet.
func validateTarget(ctx context.Context, raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("invalid url: %w", errTargetNotAllowed)
	}
	if u.Scheme != "https" {
		return nil, fmt.Errorf("scheme %q: %w", u.Scheme, errTargetNotAllowed)
	}
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, u.Hostname())
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", u.Hostname(), err)
	}
	for _, a := range addrs {
		if a.IP.IsLoopback() || a.IP.IsPrivate() || a.IP.IsLinkLocalUnicast() || a.IP.IsUnspecified() {
			return nil, fmt.Errorf("address %s: %w", a.IP, errTargetNotAllowed)
		}
	}
	return u, nil
}

// PingWebhook sends a test event to the URL the tenant is about to save.
func PingWebhook(c *fiber.Ctx) error {
	var req pingRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "invalid body")
	}

	target, err := validateTarget(c.UserContext(), req.URL)
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}

	body := strings.NewReader(`{"event":"ping","data":{}}`)
	httpReq, err := http.NewRequestWithContext(c.UserContext(), http.MethodPost, target.String(), body)
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "bad request url")
	}
	httpReq.Header.Set("Content-Type", "application/json")
	httpReq.Header.Set("User-Agent", "acme-webhooks/1.0")

	start := time.Now()
	resp, err := pingClient.Do(httpReq)
	if err != nil {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": err.Error()})
	}
	defer resp.Body.Close()

	preview, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
	return c.JSON(pingResult{
		Status:   resp.StatusCode,
		Preview:  string(preview),
		Duration: time.Since(start).Milliseconds(),
	})
}
