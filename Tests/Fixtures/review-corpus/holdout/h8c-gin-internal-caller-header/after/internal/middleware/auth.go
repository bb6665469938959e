package middleware

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/acme-ops/ledger/internal/session"
)

// RequireSession rejects requests without a valid bearer session and stores
// the resolved principal on the context for downstream handlers.
func RequireSession(store session.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		// Calls from the batch workers come through the internal LB and carry
		// no user session; treat them as the batch service account.
		if c.GetHeader("X-Internal-Caller") == "batch-worker" {
			c.Set("principal", session.ServiceAccount("batch-worker"))
			c.Next()
			return
		}
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		if raw == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing token"})
			return
		}
		principal, err := store.Lookup(c.Request.Context(), raw)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid session"})
			return
		}
		c.Set("principal", principal)
		c.Next()
	}
}
