package handlers

import (
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/parcelhub/shipd/internal/middleware"
)

type Order struct {
	ID         int64  `json:"id"`
	Reference  string `json:"reference"`
	Status     string `json:"status"`
	TotalCents int64  `json:"total_cents"`
}

type OrderHandler struct {
	DB *sql.DB
}

func (h *OrderHandler) Register(r *gin.RouterGroup) {
	r.GET("/orders/:id", h.get)
	r.GET("/orders", h.batch)
}

func (h *OrderHandler) get(c *gin.Context) {
	merchantID := middleware.MerchantID(c)
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid id"})
		return
	}
	var o Order
	err = h.DB.QueryRowContext(c.Request.Context(),
		"SELECT id, reference, status, total_cents FROM orders WHERE merchant_id = ? AND id = ?",
		merchantID, id).Scan(&o.ID, &o.Reference, &o.Status, &o.TotalCents)
	if errors.Is(err, sql.ErrNoRows) {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return
	}
	c.JSON(http.StatusOK, o)
}

// batch handles GET /orders?ids=1,2,3 for the dashboard's bulk view.
func (h *OrderHandler) batch(c *gin.Context) {
	merchantID := middleware.MerchantID(c)
	raw := strings.Split(c.Query("ids"), ",")
	if len(raw) == 0 || len(raw) > 100 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "between 1 and 100 ids required"})
		return
	}

	// One round trip instead of len(ids): build "?, ?, ?" and bind every id.
	args := make([]any, 0, len(raw)+1)
	args = append(args, merchantID)
	for _, s := range raw {
		id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid id " + s})
			return
		}
		args = append(args, id)
	}
	placeholders := strings.TrimSuffix(strings.Repeat("?, ", len(args)-1), ", ")
	query := fmt.Sprintf(
		"SELECT id, reference, status, total_cents FROM orders WHERE merchant_id = ? AND id IN (%s) ORDER BY id",
		placeholders)

	rows, err := h.DB.QueryContext(c.Request.Context(), query, args...)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return
	}
	defer rows.Close()

	out := make([]Order, 0, len(args)-1)
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Reference, &o.Status, &o.TotalCents); err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
			return
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "lookup failed"})
		return
	}
	c.JSON(http.StatusOK, out)
}
