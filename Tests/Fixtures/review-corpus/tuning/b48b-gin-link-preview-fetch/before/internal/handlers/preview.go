package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/murmur-chat/server/internal/preview"
)

type PreviewHandler struct {
	Cache *preview.Cache
}

func (h *PreviewHandler) Register(rg *gin.RouterGroup) {
	rg.GET("/previews/:hash", h.get)
}

// get returns an Open Graph preview that the background crawler already built.
func (h *PreviewHandler) get(c *gin.Context) {
	p, ok := h.Cache.Lookup(c.Request.Context(), c.Param("hash"))
	if !ok {
		c.JSON(http.StatusNotFound, gin.H{"error": "preview not ready"})
		return
	}
	c.JSON(http.StatusOK, p)
}
