package httpapi

import (
	"net/http"
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
	Email    string `form:"email" binding:"required,email"`
	Password string `form:"password" binding:"required"`
}

func (h *AuthHandler) Register(r *gin.Engine) {
	r.GET("/login", h.showLogin)
	r.POST("/login", h.login)
}

func (h *AuthHandler) showLogin(c *gin.Context) {
	c.HTML(http.StatusOK, "login.html", gin.H{"error": c.Query("error")})
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
	c.Redirect(http.StatusSeeOther, "/dashboard")
}
