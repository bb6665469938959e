package config

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
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

// secretFromFileOrEnv prefers <KEY>_FILE (a path mounted by the secrets-store CSI
// driver) and falls back to <KEY> for local development.
func secretFromFileOrEnv(key string) (string, error) {
	if path := os.Getenv(key + "_FILE"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("config: reading %s_FILE: %w", key, err)
		}
		return strings.TrimSpace(string(b)), nil
	}
	return strings.TrimSpace(os.Getenv(key)), nil
}

func Load() (*Config, error) {
	cfg := &Config{
		HTTPAddr:    getenv("HTTP_ADDR", ":8080"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
	}
	if cfg.DatabaseURL == "" {
		return nil, errors.New("config: DATABASE_URL is required")
	}

	key, err := secretFromFileOrEnv("STRIPE_SECRET_KEY")
	if err != nil {
		return nil, err
	}
	if key == "" {
		return nil, errors.New("config: STRIPE_SECRET_KEY or STRIPE_SECRET_KEY_FILE is required")
	}
	if !strings.HasPrefix(key, "sk_live_") && !strings.HasPrefix(key, "sk_test_") && !strings.HasPrefix(key, "rk_") {
		return nil, errors.New("config: STRIPE_SECRET_KEY does not look like a Stripe key")
	}
	cfg.StripeSecretKey = key
	stripeMode := "live"
	if strings.HasPrefix(key, "sk_test_") {
		stripeMode = "test"
	}

	ttl, err := strconv.Atoi(getenv("STRIPE_WEBHOOK_TOLERANCE_SECONDS", "300"))
	if err != nil || ttl <= 0 {
		return nil, fmt.Errorf("config: bad STRIPE_WEBHOOK_TOLERANCE_SECONDS")
	}
	cfg.StripeWebhookTTL = time.Duration(ttl) * time.Second

	if err := cfg.LogLevel.UnmarshalText([]byte(getenv("LOG_LEVEL", "info"))); err != nil {
		return nil, fmt.Errorf("config: LOG_LEVEL: %w", err)
	}

	slog.Info("config loaded",
		"http_addr", cfg.HTTPAddr,
		"log_level", cfg.LogLevel.String(),
		"stripe_mode", stripeMode,
		"stripe_key_suffix", key[len(key)-4:],
	)
	return cfg, nil
}
