package middleware

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/acme/fleet/internal/auth"
)

const principalKey = "principal"

// Principal is whoever is making the request.
type Principal struct {
	UserID  string
	OrgID   string
	Roles   []string
	Service bool
}

func (p Principal) HasRole(role string) bool {
	for _, r := range p.Roles {
		if r == role {
			return true
		}
	}
	return false
}

func bearerToken(c *gin.Context) (string, bool) {
	h := c.GetHeader("Authorization")
	if !strings.HasPrefix(h, "Bearer ") {
		return "", false
	}
	tok := strings.TrimSpace(strings.TrimPrefix(h, "Bearer "))
	return tok, tok != ""
}

// RequireAuth validates the bearer token and stores the Principal on the context.
func RequireAuth(verifier auth.TokenVerifier) gin.HandlerFunc {
	return func(c *gin.Context) {
		tok, ok := bearerToken(c)
		if !ok {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing token"})
			return
		}

		claims, err := verifier.Verify(c.Request.Context(), tok)
		if err != nil {
			status := http.StatusUnauthorized
			if errors.Is(err, auth.ErrVerifierUnavailable) {
				status = http.StatusServiceUnavailable
			}
			c.AbortWithStatusJSON(status, gin.H{"error": "invalid token"})
			return
		}

		c.Set(principalKey, Principal{
			UserID: claims.Subject,
			OrgID:  claims.OrgID,
			Roles:  claims.Roles,
		})
		c.Next()
	}
}

// RequireRole must run after RequireAuth.
func RequireRole(role string) gin.HandlerFunc {
	return func(c *gin.Context) {
		p, ok := c.MustGet(principalKey).(Principal)
		if !ok || !p.HasRole(role) {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
			return
		}
		c.Next()
	}
}

func CurrentPrincipal(c *gin.Context) Principal {
	return c.MustGet(principalKey).(Principal)
}
