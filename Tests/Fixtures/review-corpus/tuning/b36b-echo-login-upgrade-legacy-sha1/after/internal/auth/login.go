package auth

import (
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"

	"github.com/fieldnote/app/internal/session"
	"github.com/fieldnote/app/internal/store"
)

var errInvalidLogin = echo.NewHTTPError(http.StatusUnauthorized, "invalid email or password")

const bcryptCost = 12

type LoginHandler struct {
	Users    *store.Users
	Sessions *session.Manager
}

type loginForm struct {
	Email    string `json:"email" form:"email"`
	Password string `json:"password" form:"password"`
}

func (h *LoginHandler) Register(e *echo.Group) {
	e.POST("/login", h.login)
}

func (h *LoginHandler) login(c echo.Context) error {
	var f loginForm
	if err := c.Bind(&f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid form")
	}
	ctx := c.Request().Context()

	u, err := h.Users.ByEmail(ctx, strings.ToLower(strings.TrimSpace(f.Email)))
	if errors.Is(err, store.ErrNotFound) {
		return errInvalidLogin
	}
	if err != nil {
		return err
	}

	if !verifyPassword(u.PasswordHash, f.Password) {
		return errInvalidLogin
	}

	// Upgrade imported sha1 hashes to bcrypt the first time the user logs in.
	if !strings.HasPrefix(u.PasswordHash, "$2") {
		if h2, err := bcrypt.GenerateFromPassword([]byte(f.Password), bcryptCost); err == nil {
			if err := h.Users.SetPasswordHash(ctx, u.ID, string(h2)); err != nil {
				c.Logger().Warnf("rehash user %d: %v", u.ID, err)
			}
		}
	}

	if err := h.Sessions.Start(c, u.ID); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"id": u.ID, "name": u.Name})
}

// verifyPassword supports bcrypt hashes and the "sha1$<salt>$<hex>" hashes
// imported from the old PHP app in 2021.
func verifyPassword(stored, pw string) bool {
	if strings.HasPrefix(stored, "$2") {
		return bcrypt.CompareHashAndPassword([]byte(stored), []byte(pw)) == nil
	}
	if strings.HasPrefix(stored, "sha1$") {
		parts := strings.Split(stored, "$")
		if len(parts) != 3 {
			return false
		}
		sum := sha1.Sum([]byte(parts[1] + pw))
		return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum[:])), []byte(parts[2])) == 1
	}
	return false
}
