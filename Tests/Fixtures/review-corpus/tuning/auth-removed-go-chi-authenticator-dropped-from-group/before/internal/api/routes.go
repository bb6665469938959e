package api

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
)

func Routes(tokens *jwtauth.JWTAuth, h *Handlers) http.Handler {
	r := chi.NewRouter()
	r.Get("/healthz", h.Health)

	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokens))
		r.Use(jwtauth.Authenticator(tokens))
		r.Get("/shipments", h.ListShipments)
		r.Post("/shipments/{id}/cancel", h.CancelShipment)
	})
	return r
}