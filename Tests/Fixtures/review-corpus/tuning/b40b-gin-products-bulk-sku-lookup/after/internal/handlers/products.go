package handlers

import (
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

type Product struct {
	ID       int64  `json:"id"`
	SKU      string `json:"sku"`
	Name     string `json:"name"`
	PriceMin int64  `json:"price_minor"`
}

type ProductHandler struct {
	DB *sql.DB
}

const productCols = "id, sku, name, price_minor"

func (h *ProductHandler) Get(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid id"})
		return
	}
	var p Product
	err = h.DB.QueryRowContext(c, "SELECT "+productCols+" FROM products WHERE id = $1 AND deleted_at IS NULL", id).
		Scan(&p.ID, &p.SKU, &p.Name, &p.PriceMin)
	if errors.Is(err, sql.ErrNoRows) {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return
	}
	c.JSON(http.StatusOK, p)
}

type bulkRequest struct {
	SKUs []string `json:"skus" binding:"required,min=1,max=200,dive,max=64"`
}

// BulkBySKU handles POST /products/lookup {"skus": [...]} for the POS sync.
func (h *ProductHandler) BulkBySKU(c *gin.Context) {
	var req bulkRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	placeholders := make([]string, len(req.SKUs))
	args := make([]any, len(req.SKUs))
	for i, sku := range req.SKUs {
		placeholders[i] = fmt.Sprintf("$%d", i+1)
		args[i] = sku
	}
	query := fmt.Sprintf("SELECT %s FROM products WHERE sku IN (%s) AND deleted_at IS NULL ORDER BY sku",
		productCols, strings.Join(placeholders, ", "))
	rows, err := h.DB.QueryContext(c, query, args...)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return
	}
	defer rows.Close()
	out := make([]Product, 0, len(req.SKUs))
	for rows.Next() {
		var p Product
		if err := rows.Scan(&p.ID, &p.SKU, &p.Name, &p.PriceMin); err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
			return
		}
		out = append(out, p)
	}
	c.JSON(http.StatusOK, gin.H{"products": out})
}
