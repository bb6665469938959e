package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/parcelwise/core/internal/orders"
)

type PartnerHandler struct {
	Secret []byte
	Orders *orders.Service
}

type shipmentEvent struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
	Carrier string `json:"carrier"`
}

func (h *PartnerHandler) Register(g *echo.Group) {
	g.POST("/partner/shipments", h.shipment)
}

func (h *PartnerHandler) shipment(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<20))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "unreadable body")
	}

	sig := c.Request().Header.Get("X-Partner-Signature")
	if !h.validSignature(body, sig) {
		c.Logger().Warnf("partner webhook: bad signature from %s", c.RealIP())
		return echo.NewHTTPError(http.StatusUnauthorized, "bad signature")
	}

	var ev shipmentEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid json")
	}
	if err := h.Orders.ApplyShipmentStatus(c.Request().Context(), ev.OrderID, ev.Status, ev.Carrier); err != nil {
		return err
	}
	return c.NoContent(http.StatusAccepted)
}

func (h *PartnerHandler) validSignature(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}
