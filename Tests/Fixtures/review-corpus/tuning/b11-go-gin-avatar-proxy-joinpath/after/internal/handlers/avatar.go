package handlers

import (
	"io"
	"net/http"
	"net/url"
	"strconv"

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
	id := c.Param("id")
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	target, err := url.JoinPath(h.ProfileBase, "v1", "users", url.PathEscape(id), "avatar")
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, target, nil)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp, err := h.Client.Do(req)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		c.Redirect(http.StatusFound, "/static/default-avatar.png")
		return
	}
	c.Header("Cache-Control", "private, max-age=300")
	c.DataFromReader(http.StatusOK, resp.ContentLength, resp.Header.Get("Content-Type"),
		io.LimitReader(resp.Body, 2<<20), nil)
}