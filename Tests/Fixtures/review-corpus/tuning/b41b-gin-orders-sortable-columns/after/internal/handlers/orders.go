package handlers

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

type Order struct {
	ID         int64     `json:"id"`
	Reference  string    `json:"reference"`
	Status     string    `json:"status"`
	TotalCents int64     `json:"total_cents"`
	CreatedAt  time.Time `json:"created_at"`
}

type OrdersHandler struct {
	db *sql.DB
}

func NewOrdersHandler(db *sql.DB) *OrdersHandler { return &OrdersHandler{db: db} }

// Keys are what the dashboard sends in ?sort=, values are the SQL expressions.
var sortColumns = map[string]string{
	"created": "created_at",
	"total":   "total_cents",
	"status":  "status",
	"ref":     "reference",
}

func orderClause(sortKey, dir string) string {
	col, ok := sortColumns[sortKey]
	if !ok {
		col = "created_at"
	}
	direction := "DESC"
	if strings.EqualFold(dir, "asc") {
		direction = "ASC"
	}
	// id as tie-breaker so pagination is stable when totals/statuses repeat.
	return fmt.Sprintf("ORDER BY %s %s, id %s", col, direction, direction)
}

func (h *OrdersHandler) List(c *gin.Context) {
	shopID := c.MustGet("shopID").(int64)
	page, _ := strconv.Atoi(c.DefaultQuery("page", "1"))
	if page < 1 {
		page = 1
	}
	const perPage = 50

	query := `
		SELECT id, reference, status, total_cents, created_at
		FROM orders
		WHERE shop_id = $1
		` + orderClause(c.Query("sort"), c.Query("dir")) + `
		LIMIT $2 OFFSET $3`

	rows, err := h.db.QueryContext(c.Request.Context(), query, shopID, perPage, (page-1)*perPage)
	if err != nil {
		_ = c.Error(err)
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	defer rows.Close()

	out := make([]Order, 0, perPage)
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Reference, &o.Status, &o.TotalCents, &o.CreatedAt); err != nil {
			_ = c.Error(err)
			c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "scan failed"})
			return
		}
		out = append(out, o)
	}
	c.JSON(http.StatusOK, gin.H{"orders": out, "page": page})
}
