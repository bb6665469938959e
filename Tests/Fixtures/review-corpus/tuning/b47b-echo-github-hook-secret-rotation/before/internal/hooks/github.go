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
	Secret []byte
	Queue  Enqueuer
}

func (g *GitHub) Handle(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 5<<20))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "cannot read body")
	}
	sig := strings.TrimPrefix(c.Request().Header.Get("X-Hub-Signature-256"), "sha256=")
	if !validSignature(g.Secret, body, sig) {
		return echo.NewHTTPError(http.StatusUnauthorized, "bad signature")
	}
	event := c.Request().Header.Get("X-GitHub-Event")
	if err := g.Queue.Enqueue(c.Request().Context(), event, body); err != nil {
		return echo.NewHTTPError(http.StatusServiceUnavailable, "queue unavailable")
	}
	return c.NoContent(http.StatusAccepted)
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
