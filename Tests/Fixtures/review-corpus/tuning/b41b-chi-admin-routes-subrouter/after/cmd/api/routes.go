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

	// admin endpoints: session + staff role. Wrapping each handler by hand meant
	// every new admin route was one forgotten wrapper away from being public.
	requireAdminMW := a.RequireRole("staff")
	r.Route("/admin", func(r chi.Router) {
		r.Use(a.RequireSession, requireAdminMW)
		r.Use(middleware.NoCache)

		r.Get("/users", adm.ListUsers)
		r.Post("/users/{id}/suspend", adm.SuspendUser)
		r.Post("/users/{id}/impersonate", adm.Impersonate)
		r.Delete("/listings/{id}", adm.RemoveListing)
		r.Get("/reports", adm.Reports)
	})

	return r
}
