package render

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

var pageSizes = map[string]string{
	"a4":     "A4",
	"a3":     "A3",
	"letter": "Letter",
	"legal":  "Legal",
}

// Options come straight from the report export query string.
type Options struct {
	PageSize  string // e.g. "letter"; unknown values fall back to A4
	Landscape bool
}

// HTMLToPDF pipes rendered report HTML through wkhtmltopdf and returns the PDF bytes.
func HTMLToPDF(ctx context.Context, html []byte, opts Options) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()

	size, ok := pageSizes[strings.ToLower(opts.PageSize)]
	if !ok {
		size = "A4"
	}
	orientation := "Portrait"
	if opts.Landscape {
		orientation = "Landscape"
	}

	args := []string{
		"--quiet",
		"--disable-javascript",
		"--disable-local-file-access",
		"--page-size", size,
		"--orientation", orientation,
		"-", "-",
	}
	cmd := exec.CommandContext(ctx, "wkhtmltopdf", args...)
	cmd.Stdin = bytes.NewReader(html)
	var out, stderr bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("wkhtmltopdf: %w: %s", err, stderr.String())
	}
	return out.Bytes(), nil
}
