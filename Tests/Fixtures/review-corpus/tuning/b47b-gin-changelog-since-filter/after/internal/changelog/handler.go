package changelog

import (
	"bufio"
	"bytes"
	"net/http"
	"os/exec"
	"time"

	"github.com/gin-gonic/gin"
)

type Handler struct {
	RepoDir string
}

type entry struct {
	Hash    string `json:"hash"`
	Subject string `json:"subject"`
}

// Recent returns the last 50 commit subjects of the deployed checkout,
// optionally only those after ?since=YYYY-MM-DD.
func (h *Handler) Recent(c *gin.Context) {
	args := []string{"-C", h.RepoDir, "log", "--no-merges", "-n", "50", "--pretty=format:%h%x09%s"}
	if s := c.Query("since"); s != "" {
		since, err := time.Parse(time.DateOnly, s)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "since must be YYYY-MM-DD"})
			return
		}
		args = append(args, "--since="+since.Format(time.DateOnly))
	}
	out, err := exec.CommandContext(c.Request.Context(), "git", args...).Output()
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "git log failed"})
		return
	}
	var entries []entry
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		hash, subject, _ := bytes.Cut(sc.Bytes(), []byte{'\t'})
		entries = append(entries, entry{Hash: string(hash), Subject: string(subject)})
	}
	c.JSON(http.StatusOK, entries)
}
