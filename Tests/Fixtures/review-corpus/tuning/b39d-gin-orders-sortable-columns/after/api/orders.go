package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type OrdersAPI struct {
	DB *sqlx.DB
}

type orderRow struct {
	ID        int64   `db:"id" json:"id"`
	Customer  string  `db:"customer" json:"customer"`
	Total     float64 `db:"total" json:"total"`
	Status    string  `db:"status" json:"status"`
	CreatedAt string  `db:"created_at" json:"createdAt"`
}

type listFilter struct {
	Status string
	Limit  int
	Sort   string
	Desc   bool
}

func parseFilter(c *gin.Context) listFilter {
	limit, err := strconv.Atoi(c.DefaultQuery("limit", "50"))
	if err != nil || limit < 1 || limit > 200 {
		limit = 50
	}
	return listFilter{
		Status: c.DefaultQuery("status", "open"),
		Limit:  limit,
		Sort:   c.DefaultQuery("sort", "created_at"),
		Desc:   strings.EqualFold(c.DefaultQuery("dir", "desc"), "desc"),
	}
}

func (f listFilter) orderBy() string {
	dir := "ASC"
	if f.Desc {
		dir = "DESC"
	}
	return fmt.Sprintf("ORDER BY %s %s", f.Sort, dir)
}

func (a *OrdersAPI) List(c *gin.Context) {
	f := parseFilter(c)
	q := `SELECT id, customer, total, status, created_at
		FROM orders WHERE shop_id = $1 AND status = $2 ` + f.orderBy() + ` LIMIT $3`

	var rows []orderRow
	if err := a.DB.SelectContext(c, &rows, q, c.GetInt64("shopID"), f.Status, f.Limit); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"orders": rows})
}
