package api

import (
	"net/http"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

type ExportHandler struct {
	Root string // e.g. /var/lib/reports/exports
}

// Register expects the auth middleware to have set tenant_id on the context.
func (h *ExportHandler) Register(r *gin.RouterGroup) {
	r.GET("/exports", h.list)
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
