package billing

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type InvoiceHandler struct {
	db  *gorm.DB
	pdf PDFRenderer
}

func NewInvoiceHandler(db *gorm.DB, pdf PDFRenderer) *InvoiceHandler {
	return &InvoiceHandler{db: db, pdf: pdf}
}

// Get returns one invoice belonging to the caller's account.
func (h *InvoiceHandler) Get(c *gin.Context) {
	accountID := c.GetString("account_id")
	var inv Invoice
	err := h.db.WithContext(c.Request.Context()).
		Preload("Lines").
		Where("id = ? AND account_id = ?", c.Param("id"), accountID).
		First(&inv).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "invoice not found"})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return
	}
	c.JSON(http.StatusOK, inv)
}
