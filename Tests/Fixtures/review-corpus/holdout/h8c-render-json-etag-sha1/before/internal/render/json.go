package render

import (
	"bytes"
	"net/http"
	"strconv"
)

// WriteJSON writes an already-encoded JSON document with caching headers.
// Callers are responsible for auth; this only deals with the wire format.
func WriteJSON(w http.ResponseWriter, r *http.Request, body []byte, maxAge int) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "private, max-age="+strconv.Itoa(maxAge))
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = bytes.NewReader(body).WriteTo(w)
}
