package reports

import (
	"context"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Filter is decoded from the report page's query string (?region=&status=).
type Filter struct {
	Region string
	Status string
}

type Repo struct{ pool *pgxpool.Pool }

func (r *Repo) Totals(ctx context.Context, tenantID int64, f Filter) ([]Row, error) {
	var sb strings.Builder
	args := []any{tenantID}
	sb.WriteString("SELECT region, status, sum(amount_cents) FROM orders WHERE tenant_id = $1")
	if f.Region != "" {
		args = append(args, f.Region)
		sb.WriteString(" AND region = $" + strconv.Itoa(len(args)))
	}
	sb.WriteString(" GROUP BY region, status")

	rows, err := r.pool.Query(ctx, sb.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanRows(rows)
}
