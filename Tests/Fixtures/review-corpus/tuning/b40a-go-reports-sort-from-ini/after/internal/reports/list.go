package reports

import (
	"database/sql"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"gopkg.in/ini.v1"
)

// sortColumns maps the public ?sort= names to real columns. Anything else is ignored.
var sortColumns = map[string]string{
	"created": "created_at",
	"title":   "title",
	"status":  "status",
}

type Lister struct {
	DB          *sql.DB
	PageSize    int
	DefaultSort string
}

// NewLister reads the [reports] section of config/reports.ini.
func NewLister(db *sql.DB, cfg *ini.File) *Lister {
	sec := cfg.Section("reports")
	return &Lister{
		DB:          db,
		PageSize:    sec.Key("page_size").MustInt(50),
		DefaultSort: sec.Key("default_sort").In("created", []string{"created", "title", "status"}),
	}
}

func (l *Lister) orderBy(q url.Values) string {
	col, ok := sortColumns[q.Get("sort")]
	if !ok {
		col = sortColumns[l.DefaultSort]
	}
	dir := "DESC"
	if q.Get("dir") == "asc" {
		dir = "ASC"
	}
	return fmt.Sprintf("ORDER BY %s %s, id %s", col, dir, dir)
}

func (l *Lister) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page, _ := strconv.Atoi(q.Get("page"))
	if page < 1 {
		page = 1
	}
	tenant := tenantFrom(r.Context())

	query := fmt.Sprintf(`SELECT id, title, status, created_at FROM reports
		  WHERE tenant_id = $1
		  %s
		  LIMIT $2 OFFSET $3`, l.orderBy(q))
	rows, err := l.DB.QueryContext(r.Context(), query,
		tenant, l.PageSize, (page-1)*l.PageSize)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeReports(w, rows)
}
