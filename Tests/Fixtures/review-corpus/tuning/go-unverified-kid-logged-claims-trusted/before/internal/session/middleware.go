package session

import (
	"context"
	"log"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := jwt.MapClaims{}
		ctx := context.WithValue(r.Context(), userKey{}, claims["sub"])
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}