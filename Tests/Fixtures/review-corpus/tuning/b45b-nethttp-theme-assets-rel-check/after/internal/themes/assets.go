package themes

import (
	"net/http"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

var slugRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,62}$`)

type AssetServer struct {
	Root string // e.g. /srv/themes
}

// ServeHTTP handles GET /themes/{tenant}/{asset...}; tenants can now upload
// fonts and images in sub-folders, not just logo.png and theme.css.
func (a *AssetServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tenant := r.PathValue("tenant")
	if !slugRe.MatchString(tenant) {
		http.NotFound(w, r)
		return
	}
	base := filepath.Join(a.Root, tenant)
	full := filepath.Join(base, filepath.FromSlash(path.Clean("/"+r.PathValue("asset"))))
	rel, err := filepath.Rel(base, full)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeFile(w, r, full)
}
