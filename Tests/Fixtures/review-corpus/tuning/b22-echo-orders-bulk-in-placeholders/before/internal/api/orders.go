package api

import (
	"database/sql"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
)

type Order struct {
	ID        int64     `json:"id"`
	Reference string    `json:"reference"`
	Status    string    `json:"status"`
	Total     int64     `json:"total_cents"`
	CreatedAt time.Time `json:"created_at"`
}

type OrdersHandler struct {
	DB *sql.DB
}

func (h *OrdersHandler) Register(g *echo.Group) {
	g.GET("/orders/:id", h.get)
	g.GET("/orders", h.list)
}

func accountID(c echo.Context) int64 {
	return c.Get("account_id").(int64)
}

func (h *OrdersHandler) get(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid id")
	}
	var o Order
	err = h.DB.QueryRowContext(c.Request().Context(),
		`SELECT id, reference, status, total_cents, created_at FROM orders WHERE id = $1 AND account_id = $2`,
		id, accountID(c)).Scan(&o.ID, &o.Reference, &o.Status, &o.Total, &o.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, o)
}

func (h *OrdersHandler) list(c echo.Context) error {
	rows, err := h.DB.QueryContext(c.Request().Context(),
		`SELECT id, reference, status, total_cents, created_at FROM orders
		 WHERE account_id = $1 ORDER BY created_at DESC LIMIT 50`,
		accountID(c))
	if err != nil {
		return err
	}
	defer rows.Close()

	orders := make([]Order, 0, 50)
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Reference, &o.Status, &o.Total, &o.CreatedAt); err != nil {
			return err
		}
		orders = append(orders, o)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, orders)
}
