package auth

import (
	"html/template"
	"log/slog"
	"net/http"
)

type LoginHandler struct {
	Users    UserStore
	Sessions *SessionManager
	Tmpl     *template.Template
	Log      *slog.Logger
}

func (h *LoginHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		h.Tmpl.ExecuteTemplate(w, "login.html", nil)
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
		h.Tmpl.ExecuteTemplate(w, "login.html", map[string]any{"Error": "Invalid email or password"})
		return
	}

	if err := h.Sessions.Start(w, r, user.ID); err != nil {
		h.Log.Error("start session", "user", user.ID, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}
