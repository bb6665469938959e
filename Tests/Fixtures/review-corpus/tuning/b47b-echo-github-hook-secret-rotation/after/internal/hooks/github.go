package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

type GitHub struct {
	// Secrets holds the current webhook secret and, while a rotation is in
	// progress, the previous one. Both come from WEBHOOK_SECRETS.
	Secrets [][]byte
	Queue   Enqueuer
}

func (g *GitHub) Handle(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 5<<20))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "cannot read body")
	}
	sig := strings.TrimPrefix(c.Request().Header.Get("X-Hub-Signature-256"), "sha256=")
	if !anyValid(g.Secrets, body, sig) {
		return echo.NewHTTPError(http.StatusUnauthorized, "bad signature")
	}
	event := c.Request().Header.Get("X-GitHub-Event")
	if err := g.Queue.Enqueue(c.Request().Context(), event, body); err != nil {
		return echo.NewHTTPError(http.StatusServiceUnavailable, "queue unavailable")
	}
	return c.NoContent(http.StatusAccepted)
}

func anyValid(secrets [][]byte, body []byte, sig string) bool {
	for _, s := range secrets {
		if len(s) > 0 && validSignature(s, body, sig) {
			return true
		}
	}
	return false
}

func validSignature(secret, body []byte, sig string) bool {
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hmac.Equal(mac.Sum(nil), want)
}
