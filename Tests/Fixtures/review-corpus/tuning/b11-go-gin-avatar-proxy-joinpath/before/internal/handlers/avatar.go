package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type AvatarHandler struct {
	ProfileBase string // e.g. http://profile.internal:8080
	Client      *http.Client
}

func (h *AvatarHandler) Register(r gin.IRouter) {
	r.GET("/users/:id/avatar", h.get)
}

func (h *AvatarHandler) get(c *gin.Context) {
	c.Redirect(http.StatusFound, "/static/default-avatar.png")
}