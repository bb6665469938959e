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

var recordTypes = map[string]bool{"A": true, "AAAA": true, "CNAME": true, "MX": true, "TXT": true, "CAA": true}

// DNSCheck lets support staff see what our resolvers return for a customer's custom domain.
func DNSCheck(c *gin.Context) {
	host := strings.ToLower(strings.TrimSpace(c.Query("host")))
	if !hostnameRe.MatchString(host) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid hostname"})
		return
	}
	rtype := strings.ToUpper(c.DefaultQuery("type", "CNAME"))
	if !recordTypes[rtype] {
		c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported record type"})
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "dig", "+short", host, rtype).Output()
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "lookup failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"host": host, "type": rtype, "answers": strings.Split(strings.TrimSpace(string(out)), "\n")})
}
