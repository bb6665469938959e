package gateway

import (
	"log/slog"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"time"
)

// Config holds the fixed upstreams this gateway fronts. They come from the
// deployment manifest, never from the request.
type Config struct {
	AccountsURL string // e.g. http://accounts.svc.cluster.local:8080
	CatalogURL  string
}

type route struct {
	prefix string
	proxy  *httputil.ReverseProxy
}

type Gateway struct {
	routes []route
	log    *slog.Logger
}

func newProxy(raw string, log *slog.Logger) (*httputil.ReverseProxy, error) {
	target, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	p := httputil.NewSingleHostReverseProxy(target)
	base := p.Director
	p.Director = func(r *http.Request) {
		base(r)
		r.Host = target.Host
		r.Header.Del("X-Internal-Auth")
	}
	p.Transport = &http.Transport{
		MaxIdleConnsPerHost:   32,
		IdleConnTimeout:       90 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
	}
	p.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		log.Warn("upstream error", "upstream", target.Host, "path", r.URL.Path, "err", err)
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
	}
	return p, nil
}

func New(cfg Config, log *slog.Logger) (*Gateway, error) {
	g := &Gateway{log: log}
	for _, r := range []struct{ prefix, url string }{
		{"/api/accounts/", cfg.AccountsURL},
		{"/api/catalog/", cfg.CatalogURL},
	} {
		p, err := newProxy(r.url, log)
		if err != nil {
			return nil, err
		}
		g.routes = append(g.routes, route{prefix: r.prefix, proxy: p})
	}
	return g, nil
}

func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for _, rt := range g.routes {
		if strings.HasPrefix(r.URL.Path, rt.prefix) {
			rt.proxy.ServeHTTP(w, r)
			return
		}
	}
	http.NotFound(w, r)
}