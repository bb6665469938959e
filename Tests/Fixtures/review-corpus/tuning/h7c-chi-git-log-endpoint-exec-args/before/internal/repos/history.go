package repos

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

var (
	repoNameRe = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,62}$`)
	// refRe accepts branch/tag names and hex SHAs; never a leading '-'.
	refRe = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9._/-]{0,199}$`)
)

type History struct {
	Root string // directory holding bare mirrors: <Root>/<name>.git
}

func (h *History) Routes(r chi.Router) {
	r.Get("/repos/{name}/branches", h.branches)
	r.Get("/repos/{name}/tags", h.tags)
}

func (h *History) resolveRepo(name string) (string, bool) {
	if !repoNameRe.MatchString(name) || strings.Contains(name, "..") {
		return "", false
	}
	dir := filepath.Join(h.Root, name+".git")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", false
	}
	return dir, true
}

func validRef(ref string) bool {
	return refRe.MatchString(ref) && !strings.Contains(ref, "..")
}

func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	cmd.Env = []string{"GIT_TERMINAL_PROMPT=0", "HOME=/nonexistent"}
	return cmd.Output()
}

func lines(out []byte) []string {
	var res []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			res = append(res, l)
		}
	}
	return res
}

func (h *History) branches(w http.ResponseWriter, r *http.Request) {
	dir, ok := h.resolveRepo(chi.URLParam(r, "name"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	out, err := git(r.Context(), dir, "for-each-ref", "--format=%(refname:short)", "refs/heads/")
	if err != nil {
		http.Error(w, "git failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, lines(out))
}

func (h *History) tags(w http.ResponseWriter, r *http.Request) {
	dir, ok := h.resolveRepo(chi.URLParam(r, "name"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	args := []string{"tag", "--list", "--sort=-creatordate"}
	if c := r.URL.Query().Get("contains"); c != "" {
		if !validRef(c) {
			http.Error(w, "invalid ref", http.StatusBadRequest)
			return
		}
		args = append(args, "--contains", c)
	}
	out, err := git(r.Context(), dir, args...)
	if err != nil {
		http.Error(w, "git failed", http.StatusBadGateway)
		return
	}
	writeJSON(w, lines(out))
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
