package web

import (
	"errors"
	"log/slog"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/acme/billing/internal/auth"
	"github.com/acme/billing/internal/store"
)

type InvoiceHandler struct {
	Store  *store.Store
	Logger *slog.Logger
	// StatementsDir holds monthly statements as <dir>/<account id>/<YYYY-MM>.pdf,
	// written by the statements cron.
	StatementsDir string
}

func (h *InvoiceHandler) Routes(mux *http.ServeMux) {
	mux.Handle("GET /invoices/{id}/pdf", auth.Require(http.HandlerFunc(h.invoicePDF)))
	mux.Handle("GET /statements", auth.Require(http.HandlerFunc(h.statementPDF)))
}

func (h *InvoiceHandler) invoicePDF(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad invoice id", http.StatusBadRequest)
		return
	}
	inv, err := h.Store.Invoice(r.Context(), acct.ID, id)
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		h.Logger.Error("load invoice", "id", id, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="invoice-`+inv.Number+`.pdf"`)
	http.ServeFile(w, r, inv.PDFPath)
}

// statementPDF serves /statements?file=2024-05.pdf for the signed-in account.
func (h *InvoiceHandler) statementPDF(w http.ResponseWriter, r *http.Request) {
	acct := auth.AccountFrom(r.Context())
	name := r.URL.Query().Get("file")
	if !strings.HasSuffix(name, ".pdf") {
		http.Error(w, "file must be a .pdf statement", http.StatusBadRequest)
		return
	}
	p := h.statementPath(acct.ID, name)
	w.Header().Set("Content-Disposition", `attachment; filename="`+filepath.Base(p)+`"`)
	http.ServeFile(w, r, p)
}

func (h *InvoiceHandler) statementPath(accountID int64, name string) string {
	return filepath.Join(h.StatementsDir, strconv.FormatInt(accountID, 10), name)
}
