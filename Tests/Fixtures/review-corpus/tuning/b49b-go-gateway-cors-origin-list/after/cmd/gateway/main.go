package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/rs/cors"

	"github.com/acme/freight-gateway/internal/proxy"
	"github.com/acme/freight-gateway/internal/session"
)

// The SPA moved to its own origins; they call the gateway with the session cookie.
var allowedOrigins = []string{
	"https://app.acmefreight.com",
	"https://ops.acmefreight.com",
}

func main() {
	addr := os.Getenv("GATEWAY_ADDR")
	if addr == "" {
		addr = ":8080"
	}

	mux := http.NewServeMux()
	mux.Handle("/api/", session.Require(proxy.New(os.Getenv("UPSTREAM_URL"))))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})

	c := cors.New(cors.Options{
		AllowedOrigins:   allowedOrigins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodPatch, http.MethodDelete},
		AllowedHeaders:   []string{"Content-Type", "X-Request-Id"},
		AllowCredentials: true,
		MaxAge:           600,
	})

	srv := &http.Server{
		Addr:              addr,
		Handler:           c.Handler(mux),
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("gateway listening on %s", addr)
	log.Fatal(srv.ListenAndServe())
}
