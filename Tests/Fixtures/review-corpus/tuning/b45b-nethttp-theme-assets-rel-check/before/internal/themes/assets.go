package themes

import (
	"net/http"
	"path/filepath"
	"regexp"
)

var slugRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,62}$`)

// fixed set of files a tenant may upload for their portal theme
var allowedAssets = map[string]bool{
	"logo.png":  true,
	"theme.css": true,
}

type AssetServer struct {
	Root string // e.g. /srv/themes
}

// ServeHTTP handles GET /themes/{tenant}/{asset}.
func (a *AssetServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tenant := r.PathValue("tenant")
	name := r.PathValue("asset")
	if !slugRe.MatchString(tenant) || !allowedAssets[name] {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeFile(w, r, filepath.Join(a.Root, tenant, name))
}
