package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/acme/ledger/internal/auth"
	"github.com/acme/ledger/internal/store"
)

// ExportHandler produces downloadable tarballs of a project's ledger data.
type ExportHandler struct {
	Store     *store.Store
	ExportDir string
	Log       *slog.Logger
}

func (h *ExportHandler) Register(r *gin.RouterGroup) {
	g := r.Group("/projects/:projectID/exports", auth.RequireProjectMember())
	g.POST("", h.CreateExport)
	g.GET("/:exportID", h.Download)
}

func (h *ExportHandler) CreateExport(c *gin.Context) {
	ctx := c.Request.Context()
	projectID, err := strconv.ParseInt(c.Param("projectID"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid project id"})
		return
	}
	label := c.DefaultQuery("label", "export")
	level := 6
	if c.Query("fast") == "1" {
		level = 1
	}

	project, err := h.Store.Project(ctx, projectID)
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "project not found"})
		return
	}

	workDir, err := os.MkdirTemp("", "ledger-export-*")
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not create workspace"})
		return
	}
	defer os.RemoveAll(workDir)

	if err := h.Store.DumpProject(ctx, project.ID, workDir); err != nil {
		h.Log.Error("dump project", "project", project.ID, "err", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "export failed"})
		return
	}

	exportID := fmt.Sprintf("%d-%s-%d", project.ID, label, time.Now().Unix())
	archive := filepath.Join(h.ExportDir, exportID+".tar.gz")
	if err := archiveDir(ctx, workDir, archive, level); err != nil {
		h.Log.Error("archive export", "project", project.ID, "err", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "export failed"})
		return
	}

	c.JSON(http.StatusCreated, gin.H{"id": exportID})
}

func (h *ExportHandler) Download(c *gin.Context) {
	exportID := filepath.Base(c.Param("exportID"))
	path := filepath.Join(h.ExportDir, exportID+".tar.gz")
	if _, err := os.Stat(path); err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "export not found"})
		return
	}
	c.FileAttachment(path, exportID+".tar.gz")
}

// archiveDir writes a gzip-compressed tarball of src to dst at the given
// compression level; piping through gzip lets callers trade size for speed.
func archiveDir(ctx context.Context, src, dst string, level int) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	pipeline := "tar -cf - -C " + src + " ."
	pipeline += " | gzip -" + strconv.Itoa(level)
	pipeline += " > " + dst
	cmd := exec.CommandContext(ctx, "sh", "-c", pipeline)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("tar: %w: %s", err, out)
	}
	return nil
}
