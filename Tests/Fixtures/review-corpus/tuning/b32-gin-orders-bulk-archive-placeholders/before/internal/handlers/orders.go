package handlers

import (
	"database/sql"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type OrdersHandler struct {
	DB *sqlx.DB
}

func (h *OrdersHandler) Register(r *gin.RouterGroup) {
	r.GET("/orders/:id", h.Get)
	r.POST("/orders/:id/archive", h.Archive)
}

type order struct {
	ID         int64      `db:"id" json:"id"`
	Reference  string     `db:"reference" json:"reference"`
	Status     string     `db:"status" json:"status"`
	TotalCents int64      `db:"total_cents" json:"total_cents"`
	CreatedAt  time.Time  `db:"created_at" json:"created_at"`
	ArchivedAt *time.Time `db:"archived_at" json:"archived_at,omitempty"`
}

// tenantID is set by the auth middleware from the verified session.
func tenantID(c *gin.Context) int64 {
	return c.GetInt64("tenant_id")
}

func (h *OrdersHandler) Get(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid order id"})
		return
	}
	var o order
	err = h.DB.GetContext(c.Request.Context(), &o,
		`SELECT id, reference, status, total_cents, created_at, archived_at
		   FROM orders WHERE id = $1 AND tenant_id = $2`, id, tenantID(c))
	if errors.Is(err, sql.ErrNoRows) {
		c.JSON(http.StatusNotFound, gin.H{"error": "order not found"})
		return
	}
	if err != nil {
		c.Error(err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
		return
	}
	c.JSON(http.StatusOK, o)
}

func (h *OrdersHandler) Archive(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid order id"})
		return
	}
	res, err := h.DB.ExecContext(c.Request.Context(),
		`UPDATE orders SET archived_at = now()
		  WHERE id = $1 AND tenant_id = $2 AND archived_at IS NULL`,
		id, tenantID(c))
	if err != nil {
		c.Error(err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		c.JSON(http.StatusNotFound, gin.H{"error": "order not found or already archived"})
		return
	}
	c.Status(http.StatusNoContent)
}
