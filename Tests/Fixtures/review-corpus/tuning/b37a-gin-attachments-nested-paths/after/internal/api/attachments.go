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
	// Attachments can now live in sub-folders (e.g. "invoices/2024/q3.pdf"), so match the rest of the path.
	r.GET("/projects/:project/attachments/*path", h.download)
	r.DELETE("/projects/:project/attachments/*path", h.remove)
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
	path, err := h.resolveInRoot(c.Param("project"), strings.TrimPrefix(c.Param("path"), "/"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid attachment path"})
		return
	}
	if fi, err := os.Stat(path); errors.Is(err, os.ErrNotExist) || (err == nil && fi.IsDir()) {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.FileAttachment(path, filepath.Base(path))
}

func (h *AttachmentsHandler) remove(c *gin.Context) {
	if !canWriteProject(c, c.Param("project")) {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	path, err := h.resolveInRoot(c.Param("project"), strings.TrimPrefix(c.Param("path"), "/"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid attachment path"})
		return
	}
	if err := os.Remove(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			c.AbortWithStatus(http.StatusNotFound)
			return
		}
		c.AbortWithStatusJSON(http.StatusConflict, gin.H{"error": "could not delete attachment"})
		return
	}
	c.Status(http.StatusNoContent)
}
