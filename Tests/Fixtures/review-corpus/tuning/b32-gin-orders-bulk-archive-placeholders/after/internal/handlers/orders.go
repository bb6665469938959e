package handlers

import (
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
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
	r.POST("/orders/archive", h.ArchiveMany)
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

type archiveManyRequest struct {
	IDs []int64 `json:"ids" binding:"required,min=1,max=500"`
}

// ArchiveMany archives up to 500 orders of the caller's tenant in one statement.
func (h *OrdersHandler) ArchiveMany(c *gin.Context) {
	var req archiveManyRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "ids must be a list of 1-500 order ids"})
		return
	}

	// $1 is the tenant; the ids follow as $2..$n. Only the placeholder numbers
	// are formatted into the SQL, every value is bound.
	args := make([]any, 0, len(req.IDs)+1)
	args = append(args, tenantID(c))
	placeholders := make([]string, len(req.IDs))
	for i, id := range req.IDs {
		args = append(args, id)
		placeholders[i] = fmt.Sprintf("$%d", i+2)
	}
	query := fmt.Sprintf(`UPDATE orders SET archived_at = now()
		  WHERE tenant_id = $1 AND archived_at IS NULL AND id IN (%s)`,
		strings.Join(placeholders, ", "))

	res, err := h.DB.ExecContext(c.Request.Context(), query, args...)
	if err != nil {
		c.Error(err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
		return
	}
	n, _ := res.RowsAffected()
	c.JSON(http.StatusOK, gin.H{"archived": n})
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
