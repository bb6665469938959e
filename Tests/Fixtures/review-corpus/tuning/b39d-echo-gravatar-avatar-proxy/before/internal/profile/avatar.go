package profile

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"example.com/teamspace/internal/users"
)

type AvatarHandler struct {
	Users       *users.Store
	Placeholder []byte // embedded default avatar PNG
}

func (h *AvatarHandler) Register(e *echo.Echo) {
	e.GET("/users/:id/avatar", h.get)
}

func (h *AvatarHandler) get(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.ErrNotFound
	}
	if _, err := h.Users.ByID(c.Request().Context(), id); err != nil {
		return echo.ErrNotFound
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=86400")
	return c.Blob(http.StatusOK, "image/png", h.Placeholder)
}
