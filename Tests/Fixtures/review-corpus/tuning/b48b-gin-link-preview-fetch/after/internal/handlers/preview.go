package handlers

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/murmur-chat/server/internal/preview"
)

type PreviewHandler struct {
	Cache *preview.Cache
}

func (h *PreviewHandler) Register(rg *gin.RouterGroup) {
	rg.GET("/previews/:hash", h.get)
	rg.GET("/previews", h.fetch)
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

// fetch builds a preview on demand so the composer can show it before the message is sent.
func (h *PreviewHandler) fetch(c *gin.Context) {
	target := c.Query("url")
	resp, err := http.Get(target)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	c.JSON(http.StatusOK, preview.Parse(target, body))
}
