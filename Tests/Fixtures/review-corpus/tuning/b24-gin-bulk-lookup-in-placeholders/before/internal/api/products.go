package api

import (
	"database/sql"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

const maxBulkIDs = 100

type Product struct {
	ID         int64  `json:"id"`
	SKU        string `json:"sku"`
	Name       string `json:"name"`
	PriceCents int64  `json:"price_cents"`
	InStock    bool   `json:"in_stock"`
}

type ProductHandler struct {
	DB *sql.DB
}

func (h *ProductHandler) Register(r *gin.RouterGroup) {
	r.GET("/products", h.bulkGet)
	r.GET("/products/:id", h.get)
}

// bulkGet serves GET /products?ids=1,2,3 for the cart page.
func (h *ProductHandler) bulkGet(c *gin.Context) {
	ids, err := parseIDs(c.Query("ids"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}

	out := make([]Product, 0, len(ids))
	for _, id := range ids {
		var p Product
		err := h.DB.QueryRowContext(c.Request.Context(),
			"SELECT id, sku, name, price_cents, stock > 0 FROM products WHERE id = ? AND deleted_at IS NULL", id).
			Scan(&p.ID, &p.SKU, &p.Name, &p.PriceCents, &p.InStock)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
			return
		}
		out = append(out, p)
	}
	c.JSON(http.StatusOK, out)
}

func (h *ProductHandler) get(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid id"})
		return
	}
	var p Product
	err = h.DB.QueryRowContext(c.Request.Context(),
		"SELECT id, sku, name, price_cents, stock > 0 FROM products WHERE id = ? AND deleted_at IS NULL", id).
		Scan(&p.ID, &p.SKU, &p.Name, &p.PriceCents, &p.InStock)
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

func parseIDs(raw string) ([]int64, error) {
	if raw == "" {
		return nil, errors.New("ids is required")
	}
	parts := strings.Split(raw, ",")
	if len(parts) > maxBulkIDs {
		return nil, errors.New("too many ids")
	}
	ids := make([]int64, 0, len(parts))
	for _, part := range parts {
		id, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
		if err != nil {
			return nil, errors.New("ids must be integers")
		}
		ids = append(ids, id)
	}
	return ids, nil
}
