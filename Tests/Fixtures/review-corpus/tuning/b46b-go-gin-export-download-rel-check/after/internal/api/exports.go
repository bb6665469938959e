package api

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

type ExportHandler struct {
	Root string // e.g. /var/lib/reports/exports
}

// Register expects the auth middleware to have set tenant_id on the context.
func (h *ExportHandler) Register(r *gin.RouterGroup) {
	r.GET("/exports", h.list)
	r.GET("/exports/:name", h.download)
}

func (h *ExportHandler) list(c *gin.Context) {
	tenant := c.GetString("tenant_id")
	matches, err := filepath.Glob(filepath.Join(h.Root, tenant, "*.csv"))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	names := make([]string, 0, len(matches))
	for _, m := range matches {
		names = append(names, filepath.Base(m))
	}
	c.JSON(http.StatusOK, gin.H{"exports": names})
}

func (h *ExportHandler) download(c *gin.Context) {
	base := filepath.Join(h.Root, c.GetString("tenant_id"))
	target := filepath.Join(base, filepath.Clean("/"+c.Param("name")))
	rel, err := filepath.Rel(base, target)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") || filepath.Ext(target) != ".csv" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.FileAttachment(target, filepath.Base(target))
}
