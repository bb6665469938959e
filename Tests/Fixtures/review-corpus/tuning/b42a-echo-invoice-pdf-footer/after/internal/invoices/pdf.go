package invoices

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
)

type PDFRenderer struct {
	Bin     string // path to wkhtmltopdf
	WorkDir string
	Store   *Store
}

// renderOptions come from the "Download PDF" dialog.
type renderOptions struct {
	PageSize   string `json:"page_size" query:"page_size"`
	FooterText string `json:"footer_text" query:"footer_text"`
}

func (r *PDFRenderer) commandLine(opts renderOptions, htmlPath, pdfPath string) string {
	args := []string{r.Bin, "--quiet", "--page-size", opts.PageSize}
	if opts.FooterText != "" {
		args = append(args, "--footer-font-size", "8", "--footer-center", fmt.Sprintf("'%s'", opts.FooterText))
	}
	args = append(args, htmlPath, pdfPath)
	return strings.Join(args, " ")
}

// RenderPDF renders the stored HTML invoice to PDF and streams it back.
func (r *PDFRenderer) RenderPDF(c echo.Context) error {
	inv, err := r.Store.ForAccount(c.Request().Context(), accountID(c), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "invoice not found")
	}

	opts := renderOptions{PageSize: "A4"}
	if err := c.Bind(&opts); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad render options")
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
	// Run through the shell so the footer quoting matches the ops runbook invocation.
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", r.commandLine(opts, htmlPath, pdfPath))
	out, err := cmd.CombinedOutput()
	if err != nil {
		c.Logger().Errorf("wkhtmltopdf failed for %s: %v: %s", inv.Number, err, out)
		return echo.NewHTTPError(http.StatusInternalServerError, "could not render invoice")
	}
	return c.Attachment(pdfPath, inv.Number+".pdf")
}
