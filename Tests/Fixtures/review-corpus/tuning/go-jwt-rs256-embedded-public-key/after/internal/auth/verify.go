package auth

import (
	"crypto/rsa"
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

const issuerPublicKeyPEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkwz8dFh+x9w5mjf4zeyU
DytdHoSuXRR4afPBDHd+VIds5QLR1uhzL82YgYePKEDL3TV5poPI0qzT6TmZXWya
CGKWEQWtw9AZJuzBtoGOl4shWzqLYeiBxQwwGvRmHYQuQMYq30ifVtBYT3j/x/N0
60cWLUSFXB4utp+BNkFwF/YEQh/PEp5PPBnpN06DDOSLrj6NGPetvCHg+SKHBpcc
d3xlSGf7Krm1SLuN+5YJKA1/EZxwRjjnznKGVqORuLsSBfNINSYf/I/PAoDBFL2r
e59r9OhIDvWzgrlBYoEzVKi/BmoPB1VWrmAOC4iQCYrYdbkf38YDTpRfm0yw8AtJ
jQIDAQAB
-----END PUBLIC KEY-----`

var issuerKey *rsa.PublicKey

func init() {
	k, err := jwt.ParseRSAPublicKeyFromPEM([]byte(issuerPublicKeyPEM))
	if err != nil {
		panic(fmt.Sprintf("auth: bad issuer public key: %v", err))
	}
	issuerKey = k
}

type Claims struct {
	Email string   `json:"email"`
	Roles []string `json:"roles"`
	jwt.RegisteredClaims
}

var ErrInvalidToken = errors.New("invalid token")

func Verify(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims,
		func(t *jwt.Token) (any, error) { return issuerKey, nil },
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer("https://auth.northwind.io"),
		jwt.WithAudience("portal-api"),
		jwt.WithExpirationRequired(),
	)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidToken, err)
	}
	return claims, nil
}