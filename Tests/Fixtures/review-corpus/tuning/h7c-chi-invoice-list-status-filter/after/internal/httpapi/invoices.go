package httpapi

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

type Invoice struct {
	ID         int64     `json:"id"`
	Number     string    `json:"number"`
	CustomerID int64     `json:"customer_id"`
	Status     string    `json:"status"`
	TotalCents int64     `json:"total_cents"`
	IssuedAt   time.Time `json:"issued_at"`
}

type InvoiceHandler struct {
	DB *sql.DB
}

func (h *InvoiceHandler) Routes(r chi.Router) {
	r.Get("/accounts/{accountID}/invoices", h.list)
}

func (h *InvoiceHandler) list(w http.ResponseWriter, r *http.Request) {
	accountID, err := strconv.ParseInt(chi.URLParam(r, "accountID"), 10, 64)
	if err != nil {
		http.Error(w, "bad account id", http.StatusBadRequest)
		return
	}
	q := r.URL.Query()

	conds := []string{"i.account_id = $1"}
	args := []any{accountID}

	if c := q.Get("customer_id"); c != "" {
		cid, err := strconv.ParseInt(c, 10, 64)
		if err != nil {
			http.Error(w, "bad customer_id", http.StatusBadRequest)
			return
		}
		args = append(args, cid)
		conds = append(conds, fmt.Sprintf("i.customer_id = $%d", len(args)))
	}
	if since := q.Get("issued_after"); since != "" {
		t, err := time.Parse("2006-01-02", since)
		if err != nil {
			http.Error(w, "bad issued_after", http.StatusBadRequest)
			return
		}
		args = append(args, t)
		conds = append(conds, fmt.Sprintf("i.issued_at >= $%d", len(args)))
	}
	// ?status=open,overdue lets the dashboard show several buckets at once.
	if raw := q.Get("status"); raw != "" {
		statuses := strings.Split(raw, ",")
		for i := range statuses {
			statuses[i] = strings.ToLower(strings.TrimSpace(statuses[i]))
		}
		conds = append(conds, "i.status IN ('"+strings.Join(statuses, "','")+"')")
	}

	limit := 50
	if l, err := strconv.Atoi(q.Get("limit")); err == nil && l > 0 && l <= 200 {
		limit = l
	}

	query := `SELECT i.id, i.number, i.customer_id, i.status, i.total_cents, i.issued_at
		FROM invoices i
		WHERE ` + strings.Join(conds, " AND ") + `
		ORDER BY i.issued_at DESC
		LIMIT ` + strconv.Itoa(limit)

	rows, err := h.DB.QueryContext(r.Context(), query, args...)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	out := make([]Invoice, 0, limit)
	for rows.Next() {
		var inv Invoice
		if err := rows.Scan(&inv.ID, &inv.Number, &inv.CustomerID, &inv.Status, &inv.TotalCents, &inv.IssuedAt); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		out = append(out, inv)
	}
	if err := rows.Err(); err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}
