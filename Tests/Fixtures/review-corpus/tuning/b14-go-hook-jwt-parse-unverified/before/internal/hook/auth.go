package hook

import (
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	Repo  string   `json:"repo"`
	Roles []string `json:"roles"`
	jwt.RegisteredClaims
}

var errNoToken = errors.New("missing bearer token")

func bearer(r *http.Request) (string, error) {
	h := r.Header.Get("Authorization")
	if !strings.HasPrefix(h, "Bearer ") {
		return "", errNoToken
	}
	return strings.TrimPrefix(h, "Bearer "), nil
}

// Authenticate checks the CI OIDC token and returns its claims.
func (s *Server) Authenticate(r *http.Request) (*Claims, error) {
	raw, err := bearer(r)
	if err != nil {
		return nil, err
	}
	claims := &Claims{}
	_, err = jwt.ParseWithClaims(raw, claims, s.keyfunc.Keyfunc,
		jwt.WithIssuer(s.issuer), jwt.WithAudience("berth-hook"), jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return nil, err
	}
	return claims, nil
}