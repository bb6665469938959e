package partner

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/labstack/echo/v4"
)

func newPartnerClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		},
	}, nil
}

type StockHandler struct {
	BaseURL       string
	partnerClient *http.Client
}

func NewStockHandler(baseURL, caFile string) (*StockHandler, error) {
	c, err := newPartnerClient(caFile)
	if err != nil {
		return nil, err
	}
	return &StockHandler{BaseURL: baseURL, partnerClient: c}, nil
}

func (h *StockHandler) Get(c echo.Context) error {
	sku := c.Param("sku")
	req, _ := http.NewRequestWithContext(c.Request().Context(), http.MethodGet, h.BaseURL+"/stock", nil)
	req.URL.RawQuery = "sku=" + url.QueryEscape(sku)
	resp, err := h.partnerClient.Do(req)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway)
	}
	defer resp.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, body)
}