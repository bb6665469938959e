package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type StockHandler struct {
	InventoryBase string
	Client        *http.Client
}

type stockQuery struct {
	SKU string `json:"sku" binding:"required,alphanum"`
}

func (h *StockHandler) Check(c *gin.Context) {
	var q stockQuery
	if err := c.ShouldBindJSON(&q); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := h.Client.Get(h.InventoryBase + "/v1/stock/" + q.SKU)
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	c.Status(resp.StatusCode)
}
