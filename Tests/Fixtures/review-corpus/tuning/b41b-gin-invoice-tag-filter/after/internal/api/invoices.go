package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type InvoiceHandler struct {
	DB *sqlx.DB
}

type invoiceRow struct {
	ID         int64   `db:"id" json:"id"`
	Number     string  `db:"number" json:"number"`
	Status     string  `db:"status" json:"status"`
	TotalCents int64   `db:"total_cents" json:"total_cents"`
	Customer   string  `db:"customer_name" json:"customer"`
	Tags       *string `db:"tags" json:"tags,omitempty"`
}

// tagList normalises ?tag=a&tag=b (and ?tag=a,b from the old dashboard) into one slice.
func tagList(c *gin.Context) []string {
	var out []string
	for _, raw := range c.QueryArray("tag") {
		for _, t := range strings.Split(raw, ",") {
			if t = strings.TrimSpace(t); t != "" {
				out = append(out, strings.ToLower(t))
			}
		}
	}
	return out
}

func (h *InvoiceHandler) List(c *gin.Context) {
	orgID := c.GetInt64("org_id")
	limit, _ := strconv.Atoi(c.DefaultQuery("limit", "50"))
	if limit <= 0 || limit > 200 {
		limit = 50
	}

	var b strings.Builder
	args := []any{orgID}
	b.WriteString(`SELECT id, number, status, total_cents, customer_name, tags
		FROM invoices WHERE org_id = $1`)

	if status := c.Query("status"); status != "" {
		args = append(args, status)
		b.WriteString(" AND status = $" + strconv.Itoa(len(args)))
	}

	if tags := tagList(c); len(tags) > 0 {
		b.WriteString(` AND id IN (SELECT invoice_id FROM invoice_tags WHERE tag IN ('` +
			strings.Join(tags, "','") + `'))`)
	}

	args = append(args, limit)
	b.WriteString(" ORDER BY issued_at DESC LIMIT $" + strconv.Itoa(len(args)))

	rows := []invoiceRow{}
	if err := h.DB.SelectContext(c.Request.Context(), &rows, b.String(), args...); err != nil {
		c.Error(err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not load invoices"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"invoices": rows})
}
