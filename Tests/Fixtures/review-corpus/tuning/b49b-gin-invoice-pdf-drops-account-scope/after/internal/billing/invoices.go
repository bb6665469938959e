package billing

import (
	"errors"
	"fmt"
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

// Get returns one invoice as JSON.
func (h *InvoiceHandler) Get(c *gin.Context) {
	inv, ok := h.load(c)
	if !ok {
		return
	}
	c.JSON(http.StatusOK, inv)
}

// PDF renders the invoice for download from the billing page.
func (h *InvoiceHandler) PDF(c *gin.Context) {
	inv, ok := h.load(c)
	if !ok {
		return
	}
	body, err := h.pdf.Render(c.Request.Context(), inv)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "render failed"})
		return
	}
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="invoice-%s.pdf"`, inv.Number))
	c.Data(http.StatusOK, "application/pdf", body)
}

// load fetches the invoice named by the :id path param and writes the error
// response itself when it can't.
func (h *InvoiceHandler) load(c *gin.Context) (*Invoice, bool) {
	var inv Invoice
	err := h.db.WithContext(c.Request.Context()).
		Preload("Lines").
		First(&inv, "id = ?", c.Param("id")).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "invoice not found"})
		return nil, false
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return nil, false
	}
	return &inv, true
}
