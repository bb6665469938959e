package config

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Env         string
	HTTPAddr    string
	DatabaseURL string
	RedisURL    string

	ShutdownTimeout time.Duration
	WorkerCount     int

	Slack  SlackConfig
	Sentry SentryConfig
}

type SlackConfig struct {
	BotToken      string
	SigningSecret string
	AlertsChannel string
}

type SentryConfig struct {
	DSN        string
	SampleRate float64
}

func Load() (*Config, error) {
	cfg := &Config{
		Env:         getenv("APP_ENV", "development"),
		HTTPAddr:    getenv("HTTP_ADDR", ":8080"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		RedisURL:    getenv("REDIS_URL", "redis://localhost:6379/0"),

		ShutdownTimeout: getDuration("SHUTDOWN_TIMEOUT", 20*time.Second),
		WorkerCount:     getInt("WORKER_COUNT", 4),

		Slack: SlackConfig{
			// defaults = the "Ops Bot" app in the company workspace, so local
			// runs and preview envs can post alerts without extra setup
			BotToken:      getenv("SLACK_BOT_TOKEN", "xoxb-632980955870-1598930897923-ITPU5otUNACMxkINN5kTl3P8"),
			SigningSecret: getenv("SLACK_SIGNING_SECRET", "4b110fd630556ce4d2934d40d87b0d44"),
			AlertsChannel: getenv("SLACK_ALERTS_CHANNEL", "#ops-alerts"),
		},
		Sentry: SentryConfig{
			DSN:        os.Getenv("SENTRY_DSN"),
			SampleRate: getFloat("SENTRY_SAMPLE_RATE", 0.1),
		},
	}

	var missing []string
	if cfg.DatabaseURL == "" {
		missing = append(missing, "DATABASE_URL")
	}
	if cfg.Env == "production" && cfg.Slack.BotToken == "" {
		missing = append(missing, "SLACK_BOT_TOKEN")
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing required env: %s", strings.Join(missing, ", "))
	}
	return cfg, nil
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func getInt(key string, fallback int) int {
	if n, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return n
	}
	return fallback
}

func getFloat(key string, fallback float64) float64 {
	if f, err := strconv.ParseFloat(os.Getenv(key), 64); err == nil {
		return f
	}
	return fallback
}

func getDuration(key string, fallback time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(key)); err == nil {
		return d
	}
	return fallback
}
