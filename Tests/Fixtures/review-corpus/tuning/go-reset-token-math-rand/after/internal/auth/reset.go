package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand"
	"time"
)

const tokenAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"

var rng = rand.New(rand.NewSource(time.Now().UnixNano()))

func newResetToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = tokenAlphabet[rng.Intn(len(tokenAlphabet))]
	}
	return string(b)
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func (s *Service) StartPasswordReset(ctx context.Context, email string) error {
	user, err := s.users.FindByEmail(ctx, email)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}

	token := newResetToken(32)
	expires := time.Now().Add(30 * time.Minute)
	if err := s.resetTokens.Save(ctx, user.ID, hashToken(token), expires); err != nil {
		return err
	}
	return s.mailer.SendPasswordReset(ctx, user.Email, s.baseURL+"/reset?token="+token)
}
