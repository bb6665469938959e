package deps

import (
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

const registryBase = "https://registry.npmjs.org"

var client = &http.Client{Timeout: 10 * time.Second}

type packageInfo struct {
	Name     string            `json:"name"`
	DistTags map[string]string `json:"dist-tags"`
}

func registryURL(pkg string) string {
	return registryBase + "/" + url.PathEscape(pkg)
}

func fetchInfo(pkg string) (*packageInfo, error) {
	resp, err := client.Get(registryURL(pkg))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var info packageInfo
	if err := json.NewDecoder(resp.Body).Decode(&info); err != nil {
		return nil, err
	}
	return &info, nil
}

func LatestHandler(w http.ResponseWriter, r *http.Request) {
	pkg := "react"
	info, err := fetchInfo(pkg)
	if err != nil {
		http.Error(w, "registry unavailable", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"name": info.Name, "latest": info.DistTags["latest"]})
}