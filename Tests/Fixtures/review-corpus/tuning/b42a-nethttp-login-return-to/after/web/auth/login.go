package auth

import (
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
)

const defaultLanding = "/dashboard"

type LoginHandler struct {
	Users    UserStore
	Sessions *SessionManager
	Tmpl     *template.Template
	Log      *slog.Logger
}

// safeReturnPath keeps deep links working after login (e.g. a shared
// /projects/42/board link) without letting return_to leave the site.
func safeReturnPath(raw string) string {
	if raw == "" || strings.ContainsAny(raw, `\`) {
		return defaultLanding
	}
	u, err := url.Parse(raw)
	if err != nil || u.IsAbs() || u.Host != "" || u.User != nil {
		return defaultLanding
	}
	if !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return defaultLanding
	}
	return u.RequestURI()
}

func (h *LoginHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		h.Tmpl.ExecuteTemplate(w, "login.html", map[string]any{"ReturnTo": r.URL.Query().Get("return_to")})
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}

	email := r.PostForm.Get("email")
	user, err := h.Users.Authenticate(r.Context(), email, r.PostForm.Get("password"))
	if err != nil {
		h.Log.Info("login failed", "email", email, "remote", r.RemoteAddr)
		w.WriteHeader(http.StatusUnauthorized)
		h.Tmpl.ExecuteTemplate(w, "login.html", map[string]any{
			"Error":    "Invalid email or password",
			"ReturnTo": r.PostForm.Get("return_to"),
		})
		return
	}

	if err := h.Sessions.Start(w, r, user.ID); err != nil {
		h.Log.Error("start session", "user", user.ID, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	target := safeReturnPath(r.PostForm.Get("return_to"))
	http.Redirect(w, r, target, http.StatusSeeOther)
}
