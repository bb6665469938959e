package reports

import (
	"fmt"
	"net/http"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

type CustomerRow struct {
	ID           int64  `db:"id" json:"id"`
	DisplayName  string `db:"display_name" json:"display_name"`
	Plan         string `db:"plan" json:"plan"`
	RevenueCents int64  `db:"revenue_cents" json:"revenue_cents"`
	SignedUpAt   string `db:"signed_up_at" json:"signed_up_at"`
}

const customersSQL = `
SELECT c.id, c.display_name, p.name AS plan,
       COALESCE(SUM(i.amount_cents), 0) AS revenue_cents,
       c.created_at AS signed_up_at
FROM customers c
JOIN plans p ON p.id = c.plan_id
LEFT JOIN invoices i ON i.customer_id = c.id AND i.status = 'paid'
WHERE c.tenant_id = $1
GROUP BY c.id, p.name
ORDER BY %s %s, c.id
LIMIT 500`

// sortColumns maps the report's sort keys to SQL expressions.
var sortColumns = map[string]string{
	"name":    "c.display_name",
	"plan":    "p.name",
	"revenue": "revenue_cents",
	"signup":  "c.created_at",
}

func orderFor(key, dir string) (string, string) {
	col, ok := sortColumns[key]
	if !ok {
		col = sortColumns["revenue"]
	}
	switch dir {
	case "asc":
		return col, "ASC"
	default:
		return col, "DESC"
	}
}

type Reports struct {
	DB *sqlx.DB
}

// Customers serves GET /reports/customers?sort=<key>&dir=asc|desc.
func (r *Reports) Customers(c echo.Context) error {
	tenantID := c.Get("tenant_id").(int64)
	col, dir := orderFor(c.QueryParam("sort"), c.QueryParam("dir"))
	query := fmt.Sprintf(customersSQL, col, dir)

	var rows []CustomerRow
	if err := r.DB.SelectContext(c.Request().Context(), &rows, query, tenantID); err != nil {
		c.Logger().Errorf("customers report (sort=%s %s): %v", col, dir, err)
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, rows)
}
