package reports

import (
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
ORDER BY revenue_cents DESC
LIMIT 500`

type Reports struct {
	DB *sqlx.DB
}

// Customers serves GET /reports/customers.
func (r *Reports) Customers(c echo.Context) error {
	tenantID := c.Get("tenant_id").(int64)
	var rows []CustomerRow
	if err := r.DB.SelectContext(c.Request().Context(), &rows, customersSQL, tenantID); err != nil {
		c.Logger().Errorf("customers report: %v", err)
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, rows)
}
