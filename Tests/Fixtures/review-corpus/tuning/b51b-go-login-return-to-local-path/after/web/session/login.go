package session

import (
	"net/http"
	"net/url"
	"strings"
)

// LoginSubmit handles the POST from the sign-in form.
func (h *Handlers) LoginSubmit(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	user, err := h.auth.Authenticate(r.Context(), r.PostForm.Get("email"), r.PostForm.Get("password"))
	if err != nil {
		h.renderLogin(w, r, "Incorrect email or password.")
		return
	}
	if err := h.sessions.Start(w, r, user.ID); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, safeReturnTo(r.PostForm.Get("return_to")), http.StatusSeeOther)
}

// safeReturnTo only allows same-site relative paths; anything else (absolute
// URLs, scheme-relative //host, backslash tricks) falls back to the dashboard.
func safeReturnTo(raw string) string {
	const fallback = "/dashboard"
	if raw == "" || !strings.HasPrefix(raw, "/") || strings.HasPrefix(raw, "//") || strings.Contains(raw, `\`) {
		return fallback
	}
	u, err := url.Parse(raw)
	if err != nil || u.IsAbs() || u.Host != "" {
		return fallback
	}
	return u.RequestURI()
}
