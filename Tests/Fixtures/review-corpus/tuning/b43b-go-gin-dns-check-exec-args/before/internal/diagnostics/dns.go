package diagnostics

import (
	"context"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// hostnames only: labels of letters, digits and hyphens, no leading '-' or '+'
var hostnameRe = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$`)

// DNSCheck lets support staff see what our resolvers return for a customer's custom domain.
func DNSCheck(c *gin.Context) {
	host := strings.ToLower(strings.TrimSpace(c.Query("host")))
	if !hostnameRe.MatchString(host) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid hostname"})
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "dig", "+short", host, "CNAME").Output()
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "lookup failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"host": host, "answers": strings.Fields(string(out))})
}
