package web

import (
	"net/http"

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
	user, err := h.Auth.CheckPassword(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/login?error=1", http.StatusSeeOther)
		return
	}
	if err := h.Sessions.Start(w, r, user.ID); err != nil {
		http.Error(w, "could not start session", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}
