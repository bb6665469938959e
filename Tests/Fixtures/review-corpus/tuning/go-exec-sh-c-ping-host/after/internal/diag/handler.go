package diag

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os/exec"
	"time"
)

type Result struct {
	Host   string   `json:"host"`
	Addrs  []string `json:"addrs,omitempty"`
	Output string   `json:"output,omitempty"`
	Error  string   `json:"error,omitempty"`
}

func Lookup(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()

	res := Result{Host: host}
	addrs, err := net.DefaultResolver.LookupHost(ctx, host)
	if err != nil {
		res.Error = err.Error()
	} else {
		res.Addrs = addrs
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(res)
}

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	res := Result{Host: host}
	out, err := exec.CommandContext(ctx, "sh", "-c", "ping -c 3 -W 1 "+host+" | tail -n 2").CombinedOutput()
	res.Output = string(out)
	if err != nil {
		res.Error = err.Error()
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(res)
}
