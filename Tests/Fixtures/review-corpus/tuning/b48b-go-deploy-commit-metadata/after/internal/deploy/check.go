package deploy

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
)

// Only full, lowercase commit ids: no refs, no ranges, nothing that starts with "-".
var shaRe = regexp.MustCompile(`^[0-9a-f]{40}$`)

type CheckHandler struct {
	RepoDir string
}

// ServeHTTP tells the deploy UI whether a commit exists in the mirror before it is offered for rollout.
func (h *CheckHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sha := r.URL.Query().Get("sha")
	if !shaRe.MatchString(sha) {
		http.Error(w, "sha must be a full 40-character lowercase hex commit id", http.StatusBadRequest)
		return
	}
	out, err := exec.CommandContext(r.Context(), "git", "-C", h.RepoDir, "cat-file", "-t", sha).Output()
	if err != nil || strings.TrimSpace(string(out)) != "commit" {
		http.Error(w, "unknown commit", http.StatusNotFound)
		return
	}
	meta, err := exec.CommandContext(r.Context(), "git", "-C", h.RepoDir,
		"log", "-1", "--format=%an%x09%s", sha).Output()
	if err != nil {
		http.Error(w, "could not read commit", http.StatusInternalServerError)
		return
	}
	author, subject, _ := strings.Cut(strings.TrimSpace(string(meta)), "\t")
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"sha": sha, "exists": true, "author": author, "subject": subject})
}
