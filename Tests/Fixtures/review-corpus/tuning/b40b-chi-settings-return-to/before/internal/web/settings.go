package web

import (
	"html/template"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/acme/notes/internal/account"
)

type SettingsHandler struct {
	Accounts *account.Service
	Tmpl     *template.Template
}

func (h *SettingsHandler) Mount(r chi.Router) {
	r.Get("/settings", h.show)
	r.Post("/settings", h.save)
}

func (h *SettingsHandler) show(w http.ResponseWriter, r *http.Request) {
	acct := account.FromContext(r.Context())
	if err := h.Tmpl.ExecuteTemplate(w, "settings.html", acct); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}

func (h *SettingsHandler) save(w http.ResponseWriter, r *http.Request) {
	acct := account.FromContext(r.Context())
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	prefs := account.Prefs{
		Timezone:   r.PostForm.Get("timezone"),
		WeeklyMail: r.PostForm.Get("weekly_mail") == "on",
		Theme:      r.PostForm.Get("theme"),
	}
	if err := h.Accounts.SavePrefs(r.Context(), acct.ID, prefs); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	http.Redirect(w, r, "/settings?saved=1", http.StatusSeeOther)
}
