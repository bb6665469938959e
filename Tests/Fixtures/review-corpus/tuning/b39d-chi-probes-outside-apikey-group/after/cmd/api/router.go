package main

import (
	"context"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"example.com/fleet/internal/auth"
	"example.com/fleet/internal/vehicles"
)

type pinger interface {
	PingContext(ctx context.Context) error
}

func newRouter(keys *auth.KeyStore, v *vehicles.Handler, db pinger) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.RealIP)
	r.Use(middleware.Recoverer)
	r.Use(middleware.Timeout(30 * time.Second))

	// Kubernetes probes: no API key, and they return nothing but a status line.
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("ok\n"))
	})
	r.Get("/readyz", func(w http.ResponseWriter, req *http.Request) {
		ctx, cancel := context.WithTimeout(req.Context(), 2*time.Second)
		defer cancel()
		if err := db.PingContext(ctx); err != nil {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})

	// Everything under /v1 needs an API key (X-Api-Key, hashed and compared
	// in constant time by auth.RequireAPIKey).
	r.Route("/v1", func(r chi.Router) {
		r.Use(auth.RequireAPIKey(keys))
		r.Get("/vehicles", v.List)
		r.Post("/vehicles", v.Create)
		r.Get("/vehicles/{vehicleID}", v.Get)
		r.Patch("/vehicles/{vehicleID}", v.Update)
		r.Delete("/vehicles/{vehicleID}", v.Delete)
		r.Get("/vehicles/{vehicleID}/positions", v.Positions)
	})

	return r
}
