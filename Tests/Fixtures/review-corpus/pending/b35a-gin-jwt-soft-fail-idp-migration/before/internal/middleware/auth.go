package middleware

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"go.uber.org/zap"
)

const ctxClaimsKey = "auth.claims"

type Claims struct {
	jwt.RegisteredClaims
	TenantID string   `json:"tid"`
	Roles    []string `json:"roles"`
}

type KeySource interface {
	Keyfunc(token *jwt.Token) (any, error)
}

// RequireAuth validates the bearer token issued by our IdP and stores its claims
// on the context for downstream handlers.
func RequireAuth(keys KeySource, audience string, log *zap.Logger) gin.HandlerFunc {
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithAudience(audience),
		jwt.WithExpirationRequired(),
	)

	return func(c *gin.Context) {
		raw, ok := bearerToken(c.GetHeader("Authorization"))
		if !ok {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing bearer token"})
			return
		}

		claims := &Claims{}
		_, err := parser.ParseWithClaims(raw, claims, keys.Keyfunc)
		if err != nil {
			status := http.StatusUnauthorized
			if errors.Is(err, jwt.ErrTokenExpired) {
				c.Header("WWW-Authenticate", `Bearer error="invalid_token", error_description="expired"`)
			}
			log.Debug("rejecting token", zap.Error(err))
			c.AbortWithStatusJSON(status, gin.H{"error": "invalid token"})
			return
		}

		c.Set(ctxClaimsKey, claims)
		c.Next()
	}
}

func ClaimsFrom(c *gin.Context) *Claims {
	v, _ := c.Get(ctxClaimsKey)
	cl, _ := v.(*Claims)
	return cl
}

func bearerToken(header string) (string, bool) {
	const prefix = "Bearer "
	if len(header) <= len(prefix) || !strings.EqualFold(header[:len(prefix)], prefix) {
		return "", false
	}
	return strings.TrimSpace(header[len(prefix):]), true
}
