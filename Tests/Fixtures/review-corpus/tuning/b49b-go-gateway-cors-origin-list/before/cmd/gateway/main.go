package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/acme/freight-gateway/internal/proxy"
	"github.com/acme/freight-gateway/internal/session"
)

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

	srv := &http.Server{
		Addr:              addr,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("gateway listening on %s", addr)
	log.Fatal(srv.ListenAndServe())
}
