package invoices

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/labstack/echo/v4"
)

type PDFRenderer struct {
	Bin     string // path to wkhtmltopdf
	WorkDir string
	Store   *Store
}

// RenderPDF renders the stored HTML invoice to PDF and streams it back.
func (r *PDFRenderer) RenderPDF(c echo.Context) error {
	inv, err := r.Store.ForAccount(c.Request().Context(), accountID(c), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "invoice not found")
	}

	dir, err := os.MkdirTemp(r.WorkDir, "inv-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	htmlPath := filepath.Join(dir, "invoice.html")
	pdfPath := filepath.Join(dir, "invoice.pdf")
	if err := os.WriteFile(htmlPath, inv.HTML, 0o600); err != nil {
		return err
	}

	ctx, cancel := context.WithTimeout(c.Request().Context(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, r.Bin, "--quiet", "--page-size", "A4", htmlPath, pdfPath).CombinedOutput()
	if err != nil {
		c.Logger().Errorf("wkhtmltopdf failed for %s: %v: %s", inv.Number, err, out)
		return echo.NewHTTPError(http.StatusInternalServerError, "could not render invoice")
	}
	return c.Attachment(pdfPath, inv.Number+".pdf")
}
