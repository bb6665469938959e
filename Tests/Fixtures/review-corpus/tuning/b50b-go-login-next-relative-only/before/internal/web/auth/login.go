package auth

import (
	"net/http"
)

// Login handles the HTML login form.
func (h *Handlers) Login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	user, err := h.users.Authenticate(r.Context(), r.PostForm.Get("email"), r.PostForm.Get("password"))
	if err != nil {
		h.render(w, "login.html", loginPage{Error: "Email or password is incorrect"})
		return
	}
	if err := h.sessions.Start(w, r, user.ID); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/app", http.StatusSeeOther)
}
