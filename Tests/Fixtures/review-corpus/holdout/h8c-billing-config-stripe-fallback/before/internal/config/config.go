package config

import (
	"os"
	"strconv"
)

type Config struct {
	ListenAddr          string
	DatabaseURL         string
	StripeSecretKey     string
	StripeWebhookSecret string
	TrialDays           int
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func Load() Config {
	trial, err := strconv.Atoi(getenv("TRIAL_DAYS", "14"))
	if err != nil {
		trial = 14
	}
	return Config{
		ListenAddr:          getenv("LISTEN_ADDR", ":8080"),
		DatabaseURL:         getenv("DATABASE_URL", "postgres://localhost:5432/billing?sslmode=disable"),
		StripeSecretKey:     os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),
		TrialDays:           trial,
	}
}
