package main

import (
	"crypto/tls"
	"flag"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

func main() {
	listen := flag.String("listen", ":8443", "address to listen on")
	upstream := flag.String("upstream", "https://api.internal:9443", "upstream base URL")
	certFile := flag.String("cert", "/etc/edge-proxy/tls.crt", "TLS certificate")
	keyFile := flag.String("key", "/etc/edge-proxy/tls.key", "TLS private key")
	insecureDevTLS := flag.Bool("insecure-dev-upstream-tls", false,
		"DEV ONLY: skip upstream certificate verification (self-signed certs in docker-compose)")
	flag.Parse()

	target, err := url.Parse(*upstream)
	if err != nil {
		log.Fatalf("bad upstream: %v", err)
	}

	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if *insecureDevTLS {
		log.Printf("WARNING: --insecure-dev-upstream-tls is set; upstream certificates are NOT verified. Never use this outside local development.")
		tlsCfg.InsecureSkipVerify = true // #nosec G402 -- opt-in dev flag, default false
	}

	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.Transport = &http.Transport{
		TLSClientConfig:     tlsCfg,
		IdleConnTimeout:     90 * time.Second,
		MaxIdleConnsPerHost: 64,
	}

	srv := &http.Server{Addr: *listen, Handler: proxy, ReadHeaderTimeout: 10 * time.Second}
	log.Printf("edge-proxy listening on %s -> %s", *listen, target)
	log.Fatal(srv.ListenAndServeTLS(*certFile, *keyFile))
}
