package httpapi

import (
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/ledgerly/ledger/internal/auth"
	"github.com/ledgerly/ledger/internal/reports"
)

// ReportHandler serves generated CSV reports. Files are written by the
// report worker to <BaseDir>/<tenant slug>/<name>.csv.
type ReportHandler struct {
	Store   *reports.Store
	BaseDir string
}

func (h *ReportHandler) Register(r *gin.RouterGroup) {
	r.GET("/reports", h.list)
	r.GET("/reports/download", h.download)
	r.POST("/reports", h.request)
}

func (h *ReportHandler) list(c *gin.Context) {
	tenant := auth.TenantFrom(c)
	items, err := h.Store.ListForTenant(c.Request.Context(), tenant.ID)
	if err != nil {
		_ = c.Error(err)
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "could not list reports"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"reports": items})
}

func (h *ReportHandler) download(c *gin.Context) {
	tenant := auth.TenantFrom(c)

	name := c.Query("name")
	if name == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "name is required"})
		return
	}
	name = filepath.Base(name)
	if !strings.HasSuffix(name, ".csv") {
		c.JSON(http.StatusBadRequest, gin.H{"error": "only csv reports can be downloaded"})
		return
	}

	full := filepath.Join(h.BaseDir, tenant.Slug, name)
	if _, err := os.Stat(full); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			c.JSON(http.StatusNotFound, gin.H{"error": "report not found"})
			return
		}
		_ = c.Error(err)
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}

	c.Header("Cache-Control", "private, no-store")
	c.FileAttachment(full, name)
}

type reportRequest struct {
	Kind string `json:"kind" binding:"required,oneof=payouts invoices ledger"`
	From string `json:"from" binding:"required,datetime=2006-01-02"`
	To   string `json:"to" binding:"required,datetime=2006-01-02"`
}

func (h *ReportHandler) request(c *gin.Context) {
	tenant := auth.TenantFrom(c)
	var req reportRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	job, err := h.Store.Enqueue(c.Request.Context(), tenant.ID, req.Kind, req.From, req.To)
	if err != nil {
		_ = c.Error(err)
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"job": job.ID})
}
