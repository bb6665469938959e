package middleware

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/ridgeline-io/fleet/internal/auth"
)

// RequireToken validates the bearer token and puts the claims on the context.
func RequireToken(v *auth.Verifier) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			// Calls from the scheduler come over the mesh and don't carry a user token.
			if svc := c.Request().Header.Get("X-Fleet-Service"); svc != "" {
				c.Set("claims", auth.ServiceClaims(svc))
				return next(c)
			}

			h := c.Request().Header.Get(echo.HeaderAuthorization)
			raw, ok := strings.CutPrefix(h, "Bearer ")
			if !ok || raw == "" {
				return echo.NewHTTPError(http.StatusUnauthorized, "missing bearer token")
			}
			claims, err := v.Verify(c.Request().Context(), raw)
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
			}
			c.Set("claims", claims)
			return next(c)
		}
	}
}
