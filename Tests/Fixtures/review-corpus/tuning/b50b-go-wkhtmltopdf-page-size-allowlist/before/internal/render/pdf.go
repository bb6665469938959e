package render

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"time"
)

// HTMLToPDF pipes rendered report HTML through wkhtmltopdf and returns the PDF bytes.
func HTMLToPDF(ctx context.Context, html []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, "wkhtmltopdf",
		"--quiet",
		"--disable-javascript",
		"--disable-local-file-access",
		"--page-size", "A4",
		"-", "-")
	cmd.Stdin = bytes.NewReader(html)
	var out, stderr bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("wkhtmltopdf: %w: %s", err, stderr.String())
	}
	return out.Bytes(), nil
}
