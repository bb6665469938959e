package auth

import (
	"net/http"
	"net/url"
	"strings"
)

// Login handles the HTML login form.
func (h *Handlers) Login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	next := safeNext(r.PostForm.Get("next"))
	user, err := h.users.Authenticate(r.Context(), r.PostForm.Get("email"), r.PostForm.Get("password"))
	if err != nil {
		h.render(w, "login.html", loginPage{Error: "Email or password is incorrect", Next: next})
		return
	}
	if err := h.sessions.Start(w, r, user.ID); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// safeNext only allows same-site relative paths such as "/app/projects/42?tab=files".
// Anything absolute, scheme-relative ("//host"), or containing backslashes or control
// characters falls back to /app.
func safeNext(raw string) string {
	const fallback = "/app"
	if raw == "" || !strings.HasPrefix(raw, "/") || strings.HasPrefix(raw, "//") ||
		strings.ContainsAny(raw, "\\\t\r\n") {
		return fallback
	}
	u, err := url.Parse(raw)
	if err != nil || u.IsAbs() || u.Host != "" || u.User != nil {
		return fallback
	}
	return u.RequestURI()
}
