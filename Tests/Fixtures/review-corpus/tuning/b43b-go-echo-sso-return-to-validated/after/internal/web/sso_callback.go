package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"
)

type SSOHandler struct {
	oidc     *OIDCClient
	sessions *SessionStore
}

// localPath returns p if it is a path on this site, otherwise fallback.
func localPath(p, fallback string) string {
	u, err := url.Parse(p)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return fallback
	}
	if !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(p, "//") || strings.Contains(p, `\`) {
		return fallback
	}
	return u.RequestURI()
}

// Callback finishes the OIDC login and sends the user back where they started.
func (h *SSOHandler) Callback(c echo.Context) error {
	state, err := h.sessions.PopLoginState(c)
	if err != nil || state.Nonce != c.QueryParam("state") {
		return echo.NewHTTPError(http.StatusBadRequest, "login state mismatch")
	}
	ident, err := h.oidc.Exchange(c.Request().Context(), c.QueryParam("code"), state.Verifier)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "sign-in failed")
	}
	if err := h.sessions.Start(c, ident.Subject, ident.Email); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, localPath(state.ReturnTo, "/app"))
}
