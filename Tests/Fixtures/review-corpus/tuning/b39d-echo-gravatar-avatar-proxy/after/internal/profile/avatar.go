package profile

import (
	"crypto/md5"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"example.com/teamspace/internal/users"
)

type AvatarHandler struct {
	Users       *users.Store
	Placeholder []byte // embedded default avatar PNG
	Client      *http.Client
}

const gravatarBase = "https://www.gravatar.com/avatar/"

func (h *AvatarHandler) Register(e *echo.Echo) {
	e.GET("/users/:id/avatar", h.get)
}

// gravatarURL follows Gravatar's documented scheme: MD5 of the trimmed,
// lower-cased email. MD5 here is an identifier, not a password hash.
func gravatarURL(email string, size int) string {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return gravatarBase + hex.EncodeToString(sum[:]) + "?d=404&s=" + strconv.Itoa(size)
}

func (h *AvatarHandler) get(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.ErrNotFound
	}
	u, err := h.Users.ByID(c.Request().Context(), id)
	if err != nil {
		return echo.ErrNotFound
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=86400")

	req, _ := http.NewRequestWithContext(c.Request().Context(), http.MethodGet, gravatarURL(u.Email, 128), nil)
	resp, err := h.Client.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		if resp != nil {
			resp.Body.Close()
		}
		return c.Blob(http.StatusOK, "image/png", h.Placeholder)
	}
	defer resp.Body.Close()
	return c.Stream(http.StatusOK, resp.Header.Get("Content-Type"), io.LimitReader(resp.Body, 1<<20))
}
