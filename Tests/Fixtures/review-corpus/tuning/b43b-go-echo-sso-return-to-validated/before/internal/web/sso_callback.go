package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type SSOHandler struct {
	oidc     *OIDCClient
	sessions *SessionStore
}

// Callback finishes the OIDC login and drops the user on their dashboard.
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
	return c.Redirect(http.StatusSeeOther, "/app")
}
