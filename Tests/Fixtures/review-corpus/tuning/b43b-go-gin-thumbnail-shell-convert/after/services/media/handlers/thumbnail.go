package handlers

import (
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

const workDir = "/srv/media/tmp"

func Thumbnail(c *gin.Context) {
	file, err := c.FormFile("image")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "image is required"})
		return
	}
	width, err := strconv.Atoi(c.DefaultPostForm("width", "320"))
	if err != nil || width <= 0 || width > 2048 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad width"})
		return
	}
	format := c.DefaultPostForm("format", "jpg")
	id := uuid.NewString()
	src := filepath.Join(workDir, id+".upload")
	dst := filepath.Join(workDir, id+"."+format)
	if err := c.SaveUploadedFile(file, src); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "save failed"})
		return
	}
	// strip metadata and flatten transparency in one pass
	script := fmt.Sprintf("convert %s -strip -background white -flatten -thumbnail %dx %s", src, width, dst)
	cmd := exec.CommandContext(c.Request.Context(), "sh", "-c", script)
	if out, err := cmd.CombinedOutput(); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": string(out)})
		return
	}
	c.File(dst)
}
