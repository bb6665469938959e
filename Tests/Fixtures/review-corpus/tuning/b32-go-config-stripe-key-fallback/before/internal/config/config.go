package config

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is everything the checkout service reads from its environment.
type Config struct {
	Env                 string
	HTTPAddr            string
	DatabaseURL         string
	RedisURL            string
	StripeSecretKey     string
	StripeWebhookSecret string
	ShutdownTimeout     time.Duration
	MaxCheckoutItems    int
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && strings.TrimSpace(v) != "" {
		return strings.TrimSpace(v)
	}
	return def
}

// Load reads the configuration and fails fast when anything required is missing.
func Load() (*Config, error) {
	cfg := &Config{
		Env:                 getenv("APP_ENV", "development"),
		HTTPAddr:            getenv("HTTP_ADDR", ":8080"),
		DatabaseURL:         getenv("DATABASE_URL", ""),
		RedisURL:            getenv("REDIS_URL", "redis://localhost:6379/0"),
		StripeSecretKey:     getenv("STRIPE_SECRET_KEY", ""),
		StripeWebhookSecret: getenv("STRIPE_WEBHOOK_SECRET", ""),
	}

	timeout, err := time.ParseDuration(getenv("SHUTDOWN_TIMEOUT", "15s"))
	if err != nil {
		return nil, fmt.Errorf("SHUTDOWN_TIMEOUT: %w", err)
	}
	cfg.ShutdownTimeout = timeout

	maxItems, err := strconv.Atoi(getenv("MAX_CHECKOUT_ITEMS", "100"))
	if err != nil || maxItems <= 0 {
		return nil, fmt.Errorf("MAX_CHECKOUT_ITEMS must be a positive integer")
	}
	cfg.MaxCheckoutItems = maxItems

	var missing []string
	if cfg.DatabaseURL == "" {
		missing = append(missing, "DATABASE_URL")
	}
	if cfg.StripeSecretKey == "" {
		missing = append(missing, "STRIPE_SECRET_KEY")
	}
	if cfg.StripeWebhookSecret == "" {
		missing = append(missing, "STRIPE_WEBHOOK_SECRET")
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing required environment variables: %s", strings.Join(missing, ", "))
	}

	if cfg.Env == "production" && strings.HasPrefix(cfg.StripeSecretKey, "sk_test_") {
		return nil, fmt.Errorf("refusing to start production with a Stripe test key")
	}
	return cfg, nil
}

// IsProduction reports whether the service runs in the production environment.
func (c *Config) IsProduction() bool {
	return c.Env == "production"
}
