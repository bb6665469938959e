package middleware

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"

	"example.com/fleet/internal/identity"
)

const principalKey = "principal"

// internalCallers are the in-cluster services allowed to call the API without a user token.
// They identify themselves with the X-Fleet-Caller header set in their HTTP client.
var internalCallers = map[string]identity.Role{
	"billing-worker":  identity.RoleService,
	"telemetry-relay": identity.RoleService,
	"ops-console":     identity.RoleAdmin,
}

type Authenticator struct {
	keys     jwt.Keyfunc
	issuer   string
	audience string
}

func NewAuthenticator(keys jwt.Keyfunc, issuer, audience string) *Authenticator {
	return &Authenticator{keys: keys, issuer: issuer, audience: audience}
}

// RequireUser validates the bearer token and stores the caller's principal in the gin context.
func (a *Authenticator) RequireUser() gin.HandlerFunc {
	return func(c *gin.Context) {
		if caller := c.GetHeader("X-Fleet-Caller"); caller != "" {
			if role, ok := internalCallers[caller]; ok {
				c.Set(principalKey, identity.ServicePrincipal(caller, role))
				c.Next()
				return
			}
		}

		raw, ok := bearer(c.GetHeader("Authorization"))
		if !ok {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing bearer token"})
			return
		}

		claims := &identity.Claims{}
		_, err := jwt.ParseWithClaims(raw, claims, a.keys,
			jwt.WithIssuer(a.issuer),
			jwt.WithAudience(a.audience),
			jwt.WithValidMethods([]string{"RS256", "ES256"}),
		)
		if err != nil {
			status := http.StatusUnauthorized
			if errors.Is(err, jwt.ErrTokenExpired) {
				c.Header("WWW-Authenticate", `Bearer error="invalid_token", error_description="expired"`)
			}
			c.AbortWithStatusJSON(status, gin.H{"error": "invalid token"})
			return
		}

		c.Set(principalKey, identity.FromClaims(claims))
		c.Next()
	}
}

func Principal(c *gin.Context) *identity.Principal {
	p, _ := c.Get(principalKey)
	principal, _ := p.(*identity.Principal)
	return principal
}

func bearer(h string) (string, bool) {
	const prefix = "Bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return "", false
	}
	return strings.TrimSpace(h[len(prefix):]), true
}
