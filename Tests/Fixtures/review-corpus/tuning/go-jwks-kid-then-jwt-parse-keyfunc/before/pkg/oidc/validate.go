package oidc

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

func (p *Provider) Validate(tokenString string) (jwt.MapClaims, error) {
	verified, err := jwt.Parse(tokenString, p.keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return nil, err
	}
	return verified.Claims.(jwt.MapClaims), nil
}