package api

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type Order struct {
	ID     int64  `json:"id"`
	Status string `json:"status"`
	Total  int64  `json:"total_cents"`
}

type OrdersAPI struct{ DB *sql.DB }

func (a *OrdersAPI) listOrders(customerID int64, status string) ([]Order, error) {
	conds := []string{fmt.Sprintf("customer_id = %d", customerID)}
	if status != "" {
		conds = append(conds, fmt.Sprintf("status = '%s'", status))
	}
	q := "SELECT id, status, total_cents FROM orders WHERE " + strings.Join(conds, " AND ") + " ORDER BY id DESC LIMIT 200"
	rows, err := a.DB.Query(q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Status, &o.Total); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func (a *OrdersAPI) List(c *gin.Context) {
	customerID := c.GetInt64("customer_id")
	orders, err := a.listOrders(customerID, "")
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"orders": orders})
}