package handlers

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"time"
)

var titleRe = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

type PreviewHandler struct {
	client *http.Client
}

func NewPreviewHandler() *PreviewHandler {
	return &PreviewHandler{client: &http.Client{Timeout: 5 * time.Second}}
}

type previewRequest struct {
	Link string `json:"link"`
}

type previewResponse struct {
	Link  string `json:"link"`
	Title string `json:"title"`
}

// ServeHTTP handles POST /api/messages/preview for the chat composer.
func (h *PreviewHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var in previewRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(in.Link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		http.Error(w, "unsupported link", http.StatusBadRequest)
		return
	}

	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, u.String(), nil)
	req.Header.Set("User-Agent", "chat-preview/1.0")
	resp, err := h.client.Do(req)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	out := previewResponse{Link: u.String()}
	if m := titleRe.FindSubmatch(body); m != nil {
		out.Title = string(m[1])
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}