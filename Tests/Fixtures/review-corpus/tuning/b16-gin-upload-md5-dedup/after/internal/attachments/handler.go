package attachments

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Handler struct {
	Store Store
	Blobs BlobStore
}

func (h *Handler) Upload(c *gin.Context) {
	fh, err := c.FormFile("file")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "file is required"})
		return
	}
	f, err := fh.Open()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer f.Close()

	data, err := io.ReadAll(io.LimitReader(f, 25<<20))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	sum := md5.Sum(data)
	fingerprint := hex.EncodeToString(sum[:])

	if existing, ok := h.Store.FindByFingerprint(c, fingerprint); ok {
		c.JSON(http.StatusOK, existing)
		return
	}

	key := "attachments/" + fingerprint
	if err := h.Blobs.Put(c, key, data, base64.StdEncoding.EncodeToString(sum[:])); err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	att, err := h.Store.Create(c, fingerprint, key, fh.Header.Get("Content-Type"), len(data))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusCreated, att)
}