package sync

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

var defaultClient = &http.Client{Timeout: 15 * time.Second}

// labClient talks to the lab printers, which only have self-signed certs.
var labClient = &http.Client{
	Timeout: 15 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	},
}

type BillingSync struct {
	BaseURL string
	APIKey  string
}

type invoiceList struct {
	Invoices []struct {
		ID     string `json:"id"`
		Amount int64  `json:"amount"`
	} `json:"invoices"`
}

func (b *BillingSync) Handle(c echo.Context) error {
	req, err := http.NewRequestWithContext(c.Request().Context(), http.MethodGet, b.BaseURL+"/v2/invoices?status=open", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+b.APIKey)
	resp, err := labClient.Do(req)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "billing unreachable")
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return echo.NewHTTPError(http.StatusBadGateway, fmt.Sprintf("billing returned %d", resp.StatusCode))
	}
	var list invoiceList
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]int{"open": len(list.Invoices)})
}