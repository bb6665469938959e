package export

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/rs/zerolog/log"
)

// allowedTables maps the public export name to the table we copy from.
var allowedTables = map[string]string{
	"orders":    "public.orders",
	"customers": "public.customers",
	"refunds":   "billing.refunds",
}

type Handler struct {
	DSN       string
	OutputDir string
}

func (h *Handler) Register(g *echo.Group) {
	g.POST("/exports/:table", h.ExportTable)
}

// runPipeline runs a shell pipeline so we can stream psql output through a compressor
// without buffering the whole table in memory.
func runPipeline(ctx context.Context, script string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "sh", "-c", script)
	cmd.Env = append(os.Environ(), "PGCONNECT_TIMEOUT=10")
	return cmd.CombinedOutput()
}

func (h *Handler) ExportTable(c echo.Context) error {
	name := c.Param("table")
	table, ok := allowedTables[name]
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound, "unknown export")
	}

	// Finance wants zstd for the big tables; keep gzip as the default.
	compressor := c.QueryParam("compress")
	ext := "gz"
	if compressor == "" {
		compressor = "gzip"
	} else if compressor != "gzip" {
		ext = "zst"
	}

	stamp := time.Now().UTC().Format("20060102T150405Z")
	outPath := filepath.Join(h.OutputDir, fmt.Sprintf("%s-%s.csv.%s", name, stamp, ext))

	script := fmt.Sprintf(
		`psql %q -v ON_ERROR_STOP=1 -c "\copy %s TO STDOUT WITH CSV HEADER" | %s -c > %q`,
		h.DSN, table, compressor, outPath,
	)

	ctx, cancel := context.WithTimeout(c.Request().Context(), 10*time.Minute)
	defer cancel()

	if out, err := runPipeline(ctx, script); err != nil {
		log.Error().Err(err).Bytes("output", out).Str("table", table).Msg("export failed")
		return echo.NewHTTPError(http.StatusInternalServerError, "export failed")
	}

	return c.JSON(http.StatusCreated, map[string]string{
		"file": filepath.Base(outPath),
	})
}
