package oidc

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

func (p *Provider) Validate(tokenString string) (jwt.MapClaims, error) {
	t, _, err := new(jwt.Parser).ParseUnverified(tokenString, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	pub, ok := p.jwks[t.Header["kid"].(string)]
	if !ok {
		return nil, errors.New("unknown signing key")
	}
	verified, err := jwt.Parse(tokenString, func(*jwt.Token) (any, error) { return pub, nil },
		jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer(p.issuer))
	if err != nil {
		return nil, err
	}
	return verified.Claims.(jwt.MapClaims), nil
}