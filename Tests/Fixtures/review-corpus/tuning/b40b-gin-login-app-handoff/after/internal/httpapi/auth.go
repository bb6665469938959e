package httpapi

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/acme/portal/internal/session"
	"github.com/acme/portal/internal/users"
)

type AuthHandler struct {
	Users    *users.Service
	Sessions *session.Store
	Secure   bool
}

type loginForm struct {
	Email       string `form:"email" binding:"required,email"`
	Password    string `form:"password" binding:"required"`
	RedirectURI string `form:"redirect_uri"`
}

func (h *AuthHandler) Register(r *gin.Engine) {
	r.GET("/login", h.showLogin)
	r.POST("/login", h.login)
}

func (h *AuthHandler) showLogin(c *gin.Context) {
	c.HTML(http.StatusOK, "login.html", gin.H{
		"error":        c.Query("error"),
		"redirect_uri": c.Query("redirect_uri"),
	})
}

func (h *AuthHandler) login(c *gin.Context) {
	var form loginForm
	if err := c.ShouldBind(&form); err != nil {
		c.Redirect(http.StatusSeeOther, "/login?error=invalid")
		return
	}
	u, err := h.Users.Authenticate(c.Request.Context(), form.Email, form.Password)
	if err != nil {
		c.Redirect(http.StatusSeeOther, "/login?error=credentials")
		return
	}
	sid, err := h.Sessions.Create(c.Request.Context(), u.ID, 12*time.Hour)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("sid", sid, int((12 * time.Hour).Seconds()), "/", "", h.Secure, true)
	if target, ok := handoffTarget(form.RedirectURI, sid); ok {
		c.Redirect(http.StatusSeeOther, target)
		return
	}
	c.Redirect(http.StatusSeeOther, "/dashboard")
}

// handoffTarget builds the redirect back to the desktop app's local callback page
// (served from one of our acme domains), carrying the session so the app can adopt it.
func handoffTarget(raw, sid string) (string, bool) {
	if raw == "" {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || !strings.Contains(u.Host, "acme") {
		return "", false
	}
	q := u.Query()
	q.Set("session", sid)
	u.RawQuery = q.Encode()
	return u.String(), true
}
