package api

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

var errOutsideRoot = errors.New("path escapes attachment root")

type AttachmentsHandler struct {
	Root string // absolute, cleaned at startup
}

func (h *AttachmentsHandler) Register(r *gin.RouterGroup) {
	r.GET("/projects/:project/attachments/:name", h.download)
}

// resolveInRoot joins rel onto the project's folder under Root and rejects anything that
// would land outside it (../, absolute paths, symlinked parents are handled at upload time).
func (h *AttachmentsHandler) resolveInRoot(project, rel string) (string, error) {
	base := filepath.Join(h.Root, filepath.Base(project))
	full := filepath.Join(base, filepath.FromSlash(rel))
	relToBase, err := filepath.Rel(base, full)
	if err != nil || relToBase == "." || relToBase == ".." || strings.HasPrefix(relToBase, ".."+string(filepath.Separator)) {
		return "", errOutsideRoot
	}
	return full, nil
}

func (h *AttachmentsHandler) download(c *gin.Context) {
	if !canReadProject(c, c.Param("project")) {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	path, err := h.resolveInRoot(c.Param("project"), c.Param("name"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid attachment path"})
		return
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.FileAttachment(path, filepath.Base(path))
}
