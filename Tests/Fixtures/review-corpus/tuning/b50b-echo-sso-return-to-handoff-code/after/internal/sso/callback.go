package sso

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

// Start begins the OIDC login. The desktop app, the browser extension and the new web
// app each pass the callback they want the handoff code delivered to.
func (s *Service) Start(c echo.Context) error {
	st, err := s.states.New(c.Request().Context(), c.QueryParam("return_to"))
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusFound, s.oidc.AuthCodeURL(st.ID, st.Challenge))
}

// Callback finishes the OIDC login and hands a one-time code to the client,
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

	dest := s.cfg.DesktopCallbackURL
	if state.ReturnTo != "" {
		dest = state.ReturnTo
	}
	target, err := url.Parse(dest)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid return_to")
	}
	q := target.Query()
	q.Set("code", handoff.Code)
	target.RawQuery = q.Encode()
	return c.Redirect(http.StatusFound, target.String())
}
