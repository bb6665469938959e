package main

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"example.com/ledger/internal/handlers"
)

func newRouter(h *handlers.Handlers) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.RealIP)
	r.Use(middleware.Recoverer)
	r.Use(middleware.Timeout(30 * time.Second))

	r.Get("/healthz", h.Health)
	// Temporary: chasing the heap growth reported in LEDGER-412.
	r.Mount("/internal/prof", middleware.Profiler())

	r.Route("/v1", func(r chi.Router) {
		r.Use(h.RequireSession)
		r.Get("/accounts", h.ListAccounts)
		r.Get("/accounts/{id}", h.GetAccount)
		r.Post("/transfers", h.CreateTransfer)
	})

	return r
}
