package handlers

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (h *Handlers) MountAuth(r chi.Router) {
	r.Get("/login", h.loginForm)
	r.Post("/login", h.loginSubmit)
	r.Post("/logout", h.logout)
}

func (h *Handlers) loginSubmit(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	user, err := h.Users.Authenticate(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		h.render(w, "login.html", map[string]any{"Error": "Invalid email or password"})
		return
	}
	if err := h.Sessions.Start(w, r, user.ID); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	dest := r.URL.Query().Get("next")
	if dest == "" {
		dest = "/dashboard"
	}
	http.Redirect(w, r, dest, http.StatusSeeOther)
}
