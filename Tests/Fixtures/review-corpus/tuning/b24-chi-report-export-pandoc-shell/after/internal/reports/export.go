package reports

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"time"

	"github.com/go-chi/chi/v5"
)

// Exporter renders stored markdown reports to PDF on demand.
type Exporter struct {
	Store   *Store
	WorkDir string
	Log     *slog.Logger
}

func (e *Exporter) Routes(r chi.Router) {
	r.Get("/reports/{reportID}/export", e.handleExport)
}

func (e *Exporter) handleExport(w http.ResponseWriter, r *http.Request) {
	reportID := chi.URLParam(r, "reportID")
	paper := r.URL.Query().Get("paper")
	if paper == "" {
		paper = "a4"
	}

	report, err := e.Store.Get(r.Context(), reportID)
	if err != nil {
		http.Error(w, "report not found", http.StatusNotFound)
		return
	}

	src, err := os.CreateTemp(e.WorkDir, "report-*.md")
	if err != nil {
		e.Log.Error("create temp", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer os.Remove(src.Name())
	if _, err := src.WriteString(report.Markdown); err != nil {
		src.Close()
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	src.Close()

	out := src.Name() + ".pdf"
	defer os.Remove(out)

	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	if err := runPandoc(ctx, src.Name(), out, report.Title, paper); err != nil {
		e.Log.Error("render report", "report", report.ID, "err", err)
		http.Error(w, "could not render report", http.StatusBadGateway)
		return
	}

	pdf, err := os.ReadFile(out)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="report-%s.pdf"`, report.ID))
	w.Write(pdf)
}

// runPandoc converts the markdown file at in to a PDF at out. It goes through
// the shell so wkhtmltopdf picks up the fonts from the login profile.
func runPandoc(ctx context.Context, in, out, title, paper string) error {
	var stderr bytes.Buffer
	cmdline := fmt.Sprintf(
		"pandoc %s -o %s --pdf-engine=wkhtmltopdf -V papersize=%s --metadata title=%q",
		in, out, paper, title,
	)
	cmd := exec.CommandContext(ctx, "sh", "-lc", cmdline)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pandoc: %w: %s", err, stderr.String())
	}
	return nil
}
