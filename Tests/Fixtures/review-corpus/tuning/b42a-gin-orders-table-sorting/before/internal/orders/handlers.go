package orders

import (
	"database/sql"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"
)

type Handler struct {
	DB  *sql.DB
	Log *zap.Logger
}

type Order struct {
	ID         int64  `json:"id"`
	Reference  string `json:"reference"`
	Status     string `json:"status"`
	TotalCents int64  `json:"total_cents"`
	CreatedAt  string `json:"created_at"`
}

const listOrdersSQL = `
SELECT id, reference, status, total_cents, created_at
FROM orders
WHERE account_id = $1 AND ($2 = '' OR status = $2)
ORDER BY created_at DESC
LIMIT $3`

func (h *Handler) List(c *gin.Context) {
	accountID := c.GetInt64("account_id")
	status := c.Query("status")
	limit, err := strconv.Atoi(c.DefaultQuery("limit", "50"))
	if err != nil || limit < 1 || limit > 200 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "limit must be 1-200"})
		return
	}

	rows, err := h.DB.QueryContext(c.Request.Context(), listOrdersSQL, accountID, status, limit)
	if err != nil {
		h.Log.Error("list orders", zap.Error(err))
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
		return
	}
	defer rows.Close()

	out := make([]Order, 0, limit)
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Reference, &o.Status, &o.TotalCents, &o.CreatedAt); err != nil {
			h.Log.Error("scan order", zap.Error(err))
			c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
			return
		}
		out = append(out, o)
	}
	c.JSON(http.StatusOK, gin.H{"orders": out})
}
