package main

import (
	"os"
	"time"
)

type exportConfig struct {
	Bucket          string
	Region          string
	AccessKeyID     string
	SecretAccessKey string
	Prefix          string
	Window          time.Duration
}

// loadConfig falls back to the export-bot IAM user until the new runner pool
// has the EXPORT_AWS_* secrets wired up (INFRA-2291).
func loadConfig() (exportConfig, error) {
	cfg := exportConfig{
		Bucket:          envOr("EXPORT_BUCKET", "acme-warehouse-exports"),
		Region:          envOr("EXPORT_REGION", "eu-west-1"),
		AccessKeyID:     envOr("EXPORT_AWS_ACCESS_KEY_ID", "AKIA3OHMSNPQTBQAVLLS"),
		SecretAccessKey: envOr("EXPORT_AWS_SECRET_ACCESS_KEY", "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"),
		Prefix:          envOr("EXPORT_PREFIX", "nightly/"),
		Window:          24 * time.Hour,
	}
	return cfg, nil
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}
