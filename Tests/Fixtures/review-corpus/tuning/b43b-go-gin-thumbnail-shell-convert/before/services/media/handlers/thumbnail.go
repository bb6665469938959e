package handlers

import (
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
	id := uuid.NewString()
	src := filepath.Join(workDir, id+".upload")
	dst := filepath.Join(workDir, id+".jpg")
	if err := c.SaveUploadedFile(file, src); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "save failed"})
		return
	}
	cmd := exec.CommandContext(c.Request.Context(), "convert", src, "-thumbnail", strconv.Itoa(width)+"x", dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": string(out)})
		return
	}
	c.File(dst)
}
