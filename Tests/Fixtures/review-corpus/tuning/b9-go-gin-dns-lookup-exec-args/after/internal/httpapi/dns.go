package httpapi

import (
	"context"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

var (
	hostnameRe  = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$`)
	recordTypes = map[string]bool{"A": true, "AAAA": true, "MX": true, "TXT": true, "CNAME": true, "NS": true}
)

type lookupResponse struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Answers []string `json:"answers"`
}

func (s *Server) dnsLookup(c *gin.Context) {
	name := strings.TrimSuffix(c.Query("name"), ".")
	rtype := strings.ToUpper(c.DefaultQuery("type", "A"))

	if len(name) > 253 || !hostnameRe.MatchString(name) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid hostname"})
		return
	}
	if !recordTypes[rtype] {
		c.JSON(http.StatusBadRequest, gin.H{"error": "unsupported record type"})
		return
	}

	ctx, cancel := context.WithTimeout(c.Request.Context(), 5*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, "dig", "+short", "+time=2", "-t", rtype, "--", name)
	out, err := cmd.Output()
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "lookup failed"})
		return
	}

	answers := strings.Fields(strings.TrimSpace(string(out)))
	c.JSON(http.StatusOK, lookupResponse{Name: name, Type: rtype, Answers: answers})
}
