package profile

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog/log"
)

const maxAvatarBytes = 5 << 20

type AvatarHandler struct {
	Blobs BlobStore
}

// Upload handles PUT /me/avatar (multipart field "file").
func (h *AvatarHandler) Upload(c *gin.Context) {
	userID := c.GetString("user_id")
	fh, err := c.FormFile("file")
	if err != nil || fh.Size > maxAvatarBytes {
		c.JSON(http.StatusBadRequest, gin.H{"error": "avatar must be an image under 5 MB"})
		return
	}
	f, err := fh.Open()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	defer f.Close()

	data, err := io.ReadAll(io.LimitReader(f, maxAvatarBytes))
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.Blobs.Put(c, "avatars/"+userID, data, http.DetectContentType(data)); err != nil {
		log.Error().Err(err).Str("user", userID).Msg("store avatar")
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
