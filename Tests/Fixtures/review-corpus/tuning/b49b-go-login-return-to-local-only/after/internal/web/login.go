package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/acme/console/internal/auth"
)

type LoginHandler struct {
	Auth     *auth.Service
	Sessions *auth.SessionStore
}

func (h *LoginHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	returnTo := safeReturnTo(r.PostFormValue("return_to"))
	user, err := h.Auth.CheckPassword(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/login?error=1&return_to="+url.QueryEscape(returnTo), http.StatusSeeOther)
		return
	}
	if err := h.Sessions.Start(w, r, user.ID); err != nil {
		http.Error(w, "could not start session", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, returnTo, http.StatusSeeOther)
}

// safeReturnTo keeps post-login redirects on this site: only a path-absolute
// URL with no scheme, host or userinfo is honoured; anything else goes to the
// dashboard.
func safeReturnTo(raw string) string {
	const fallback = "/dashboard"
	if !strings.HasPrefix(raw, "/") || strings.HasPrefix(raw, "//") || strings.ContainsAny(raw, "\\\r\n\t") {
		return fallback
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return fallback
	}
	return u.RequestURI()
}
