package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/hearthly/api/internal/admin"
	"github.com/hearthly/api/internal/auth"
	"github.com/hearthly/api/internal/listings"
)

func routes(a *auth.Service, l *listings.Handler, adm *admin.Handler) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Recoverer)

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	r.Get("/listings", l.Search)
	r.Get("/listings/{id}", l.Get)

	r.Group(func(r chi.Router) {
		r.Use(a.RequireSession)
		r.Post("/listings", l.Create)
		r.Put("/listings/{id}", l.Update)
	})

	// admin endpoints: session + staff role
	requireAdmin := func(h http.HandlerFunc) http.Handler {
		return a.RequireSession(a.RequireRole("staff")(h))
	}
	r.Method(http.MethodGet, "/admin/users", requireAdmin(adm.ListUsers))
	r.Method(http.MethodPost, "/admin/users/{id}/suspend", requireAdmin(adm.SuspendUser))
	r.Method(http.MethodDelete, "/admin/listings/{id}", requireAdmin(adm.RemoveListing))
	r.Method(http.MethodGet, "/admin/reports", requireAdmin(adm.Reports))

	return r
}
