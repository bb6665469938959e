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
		tok, _, err := new(jwt.Parser).ParseUnverified(r.Header.Get("X-Session"), claims)
		if err != nil {
			http.Error(w, "bad session", http.StatusUnauthorized)
			return
		}
		log.Printf("session token kid=%v", tok.Header["kid"])
		ctx := context.WithValue(r.Context(), userKey{}, claims["sub"])
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}