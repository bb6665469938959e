package webhooks

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

const signatureHeader = "X-Courier-Signature"

// VerifySignature rejects webhook deliveries whose body was not signed with secret.
func VerifySignature(secret []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			body, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<20))
			if err != nil {
				return echo.NewHTTPError(http.StatusBadRequest, "unreadable body")
			}
			c.Request().Body = io.NopCloser(bytes.NewReader(body))

			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			expected := mac.Sum(nil)

			provided, err := hex.DecodeString(c.Request().Header.Get(signatureHeader))
			if err != nil || !hmac.Equal(expected, provided) {
				return echo.NewHTTPError(http.StatusUnauthorized, "bad signature")
			}
			return next(c)
		}
	}
}
