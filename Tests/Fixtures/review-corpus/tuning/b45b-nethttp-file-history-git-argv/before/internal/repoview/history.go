package repoview

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"os/exec"
	"strings"
)

type Commit struct {
	Hash    string `json:"hash"`
	Author  string `json:"author"`
	Subject string `json:"subject"`
}

// History serves the last 20 commits of the mirrored repository.
func (s *Server) History(w http.ResponseWriter, r *http.Request) {
	cmd := exec.CommandContext(r.Context(), "git", "-C", s.mirrorDir,
		"log", "-n", "20", "--format=%H%x09%an%x09%s")
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "git log failed", http.StatusInternalServerError)
		return
	}
	var commits []Commit
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) == 3 {
			commits = append(commits, Commit{parts[0], parts[1], parts[2]})
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(commits)
}
