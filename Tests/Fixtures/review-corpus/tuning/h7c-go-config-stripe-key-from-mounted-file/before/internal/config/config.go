package config

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"time"
)

type Config struct {
	HTTPAddr         string
	DatabaseURL      string
	StripeSecretKey  string
	StripeWebhookTTL time.Duration
	LogLevel         slog.Level
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func Load() (*Config, error) {
	cfg := &Config{
		HTTPAddr:    getenv("HTTP_ADDR", ":8080"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
	}
	if cfg.DatabaseURL == "" {
		return nil, errors.New("config: DATABASE_URL is required")
	}

	cfg.StripeSecretKey = os.Getenv("STRIPE_SECRET_KEY")
	if cfg.StripeSecretKey == "" {
		return nil, errors.New("config: STRIPE_SECRET_KEY is required")
	}

	ttl, err := strconv.Atoi(getenv("STRIPE_WEBHOOK_TOLERANCE_SECONDS", "300"))
	if err != nil || ttl <= 0 {
		return nil, fmt.Errorf("config: bad STRIPE_WEBHOOK_TOLERANCE_SECONDS")
	}
	cfg.StripeWebhookTTL = time.Duration(ttl) * time.Second

	if err := cfg.LogLevel.UnmarshalText([]byte(getenv("LOG_LEVEL", "info"))); err != nil {
		return nil, fmt.Errorf("config: LOG_LEVEL: %w", err)
	}

	slog.Info("config loaded", "http_addr", cfg.HTTPAddr, "log_level", cfg.LogLevel.String())
	return cfg, nil
}
