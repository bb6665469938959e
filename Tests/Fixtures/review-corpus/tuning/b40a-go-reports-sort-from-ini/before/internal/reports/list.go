package reports

import (
	"database/sql"
	"net/http"
	"strconv"

	"gopkg.in/ini.v1"
)

type Lister struct {
	DB       *sql.DB
	PageSize int
}

// NewLister reads the [reports] section of config/reports.ini.
func NewLister(db *sql.DB, cfg *ini.File) *Lister {
	sec := cfg.Section("reports")
	return &Lister{
		DB:       db,
		PageSize: sec.Key("page_size").MustInt(50),
	}
}

func (l *Lister) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if page < 1 {
		page = 1
	}
	tenant := tenantFrom(r.Context())

	rows, err := l.DB.QueryContext(r.Context(),
		`SELECT id, title, status, created_at FROM reports
		  WHERE tenant_id = $1
		  ORDER BY created_at DESC
		  LIMIT $2 OFFSET $3`,
		tenant, l.PageSize, (page-1)*l.PageSize)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeReports(w, rows)
}
