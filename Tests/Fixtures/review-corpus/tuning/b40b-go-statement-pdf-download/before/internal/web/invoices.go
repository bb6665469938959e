package web

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/acme/billing/internal/auth"
	"github.com/acme/billing/internal/store"
)

type InvoiceHandler struct {
	Store  *store.Store
	Logger *slog.Logger
}

func (h *InvoiceHandler) Routes(mux *http.ServeMux) {
	mux.Handle("GET /invoices/{id}/pdf", auth.Require(http.HandlerFunc(h.invoicePDF)))
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
