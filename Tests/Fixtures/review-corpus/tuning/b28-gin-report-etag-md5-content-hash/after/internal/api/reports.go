package api

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/acme/insights/internal/middleware"
	"github.com/acme/insights/internal/reports"
)

type ReportsAPI struct {
	Service *reports.Service
}

func (a *ReportsAPI) Routes(r *gin.RouterGroup) {
	g := r.Group("/reports", middleware.RequireUser())
	g.GET("", a.list)
	g.GET("/:id", a.get)
	g.POST("/:id/refresh", a.refresh)
}

func (a *ReportsAPI) list(c *gin.Context) {
	user := middleware.User(c)
	items, err := a.Service.List(c.Request.Context(), user.WorkspaceID)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "could not list reports"})
		return
	}
	c.JSON(http.StatusOK, items)
}

func (a *ReportsAPI) get(c *gin.Context) {
	user := middleware.User(c)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid report id"})
		return
	}

	report, err := a.Service.Render(c.Request.Context(), user.WorkspaceID, id)
	if errors.Is(err, reports.ErrNotFound) {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "report not found"})
		return
	}
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "could not render report"})
		return
	}

	body, err := json.Marshal(report)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "could not encode report"})
		return
	}

	// Rendered reports are large and rarely change between dashboard polls, so
	// hand out a content hash as a strong ETag and answer 304 when it matches.
	// MD5 is only a cheap change detector here, not a security boundary.
	sum := md5.Sum(body)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`

	c.Header("Cache-Control", "private, no-cache")
	c.Header("ETag", etag)
	if match := c.GetHeader("If-None-Match"); match != "" && match == etag {
		c.Status(http.StatusNotModified)
		return
	}
	c.Data(http.StatusOK, "application/json; charset=utf-8", body)
}

func (a *ReportsAPI) refresh(c *gin.Context) {
	user := middleware.User(c)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid report id"})
		return
	}
	if err := a.Service.Refresh(c.Request.Context(), user.WorkspaceID, id, time.Now()); err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "refresh failed"})
		return
	}
	c.Status(http.StatusAccepted)
}
