package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"
)

// safeReturnTo only accepts same-site paths ("/x", not "//x", "/\x" or
// "https://x") and falls back to the app home otherwise.
func safeReturnTo(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(raw, "/") ||
		strings.HasPrefix(raw, "//") || strings.HasPrefix(raw, "/\\") {
		return "/app"
	}
	return u.RequestURI()
}

func (s *Server) postLogin(c echo.Context) error {
	user, err := s.auth.Login(c.Request().Context(), c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return c.Render(http.StatusUnauthorized, "login", map[string]any{"Error": "Wrong email or password"})
	}
	if err := s.sessions.Issue(c, user); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, safeReturnTo(c.QueryParam("return_to")))
}

func (s *Server) postSignup(c echo.Context) error {
	user, err := s.auth.Register(c.Request().Context(), c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return c.Render(http.StatusUnprocessableEntity, "signup", map[string]any{"Error": err.Error()})
	}
	if err := s.sessions.Issue(c, user); err != nil {
		return err
	}
	// Invite links land on signup with return_to=/app/invites/<token>/accept.
	if rt := c.QueryParam("return_to"); rt != "" {
		return c.Redirect(http.StatusSeeOther, safeReturnTo(rt))
	}
	return c.Redirect(http.StatusSeeOther, "/app/welcome")
}
