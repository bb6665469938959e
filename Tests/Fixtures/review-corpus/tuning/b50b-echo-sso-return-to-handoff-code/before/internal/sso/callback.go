package sso

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

// Start begins the OIDC login for the desktop app.
func (s *Service) Start(c echo.Context) error {
	st, err := s.states.New(c.Request().Context())
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusFound, s.oidc.AuthCodeURL(st.ID, st.Challenge))
}

// Callback finishes the OIDC login and hands a one-time code to the desktop app,
// which exchanges it for a session over the API.
func (s *Service) Callback(c echo.Context) error {
	ctx := c.Request().Context()
	state, err := s.states.Consume(ctx, c.QueryParam("state"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid state")
	}
	identity, err := s.oidc.Exchange(ctx, c.QueryParam("code"), state.Verifier)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "login failed")
	}
	user, err := s.users.UpsertFromIdentity(ctx, identity)
	if err != nil {
		return err
	}
	handoff, err := s.handoffs.Issue(ctx, user.ID)
	if err != nil {
		return err
	}

	target, _ := url.Parse(s.cfg.DesktopCallbackURL)
	q := target.Query()
	q.Set("code", handoff.Code)
	target.RawQuery = q.Encode()
	return c.Redirect(http.StatusFound, target.String())
}
