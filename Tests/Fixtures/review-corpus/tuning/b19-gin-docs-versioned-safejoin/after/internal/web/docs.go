package web

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

var errOutsideRoot = errors.New("path escapes docs root")

// DocsHandler serves the rendered product documentation bundled with the release.
type DocsHandler struct {
	Root string // e.g. /srv/docs
}

// publishedVersions maps the URL segment to the directory the release job writes.
var publishedVersions = map[string]string{
	"latest": "latest",
	"v3":     "3.x",
	"v2":     "2.x",
}

// safeJoin maps a URL path onto a file below root. filepath.Clean on a
// rooted path removes every "..", and the prefix check is belt and braces.
func safeJoin(root, rel string) (string, error) {
	cleaned := filepath.Clean("/" + rel)
	full := filepath.Join(root, cleaned)
	if full != root && !strings.HasPrefix(full, root+string(filepath.Separator)) {
		return "", errOutsideRoot
	}
	return full, nil
}

func (h *DocsHandler) serve(c *gin.Context, root, page string) {
	if page == "" || page == "/" {
		page = "index.html"
	}
	full, err := safeJoin(root, page)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	info, err := os.Stat(full)
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if info.IsDir() {
		full = filepath.Join(full, "index.html")
	}
	c.Header("Cache-Control", "public, max-age=300")
	c.File(full)
}

func (h *DocsHandler) versioned(c *gin.Context) {
	dir, ok := publishedVersions[c.Param("version")]
	if !ok {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	h.serve(c, filepath.Join(h.Root, dir), c.Param("page"))
}

// Register mounts the docs routes.
func (h *DocsHandler) Register(r *gin.Engine) {
	r.GET("/docs/:version/*page", h.versioned)
}