package repo

import (
	"context"
	"encoding/json"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"time"
)

var refPattern = regexp.MustCompile(`^[A-Za-z0-9._/-]{1,100}$`)

type Server struct {
	RepoDir string
}

type Commit struct {
	Hash    string `json:"hash"`
	Author  string `json:"author"`
	Subject string `json:"subject"`
}

func (s *Server) FileHistory(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	path := r.URL.Query().Get("path")
	if ref == "" {
		ref = "HEAD"
	}
	if !refPattern.MatchString(ref) || strings.HasPrefix(ref, "-") {
		http.Error(w, "invalid ref", http.StatusBadRequest)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, "git", "-C", s.RepoDir, "log", "--format=%H%x09%an%x09%s", "-n", "50", ref, "--", path)
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "history unavailable", http.StatusNotFound)
		return
	}

	var commits []Commit
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) == 3 {
			commits = append(commits, Commit{Hash: parts[0], Author: parts[1], Subject: parts[2]})
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(commits)
}
