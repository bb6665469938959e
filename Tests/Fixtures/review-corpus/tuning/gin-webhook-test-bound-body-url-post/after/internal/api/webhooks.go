package api

import (
	"bytes"
	"net/http"

	"github.com/gin-gonic/gin"
)

type testHook struct {
	URL string `json:"url" binding:"required"`
}

func TestWebhook(c *gin.Context) {
	var in testHook
	if err := c.ShouldBindJSON(&in); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := http.Post(in.URL, "application/json", bytes.NewBufferString(`{"ping":true}`))
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"ok": false})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": resp.StatusCode < 300})
}
