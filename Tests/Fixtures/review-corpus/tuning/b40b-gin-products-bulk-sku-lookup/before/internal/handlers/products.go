package handlers

import (
	"database/sql"
	"errors"
	"net/http"
	"strconv"

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
