package main

import (
	"fmt"
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

func loadConfig() (exportConfig, error) {
	cfg := exportConfig{
		Bucket:          envOr("EXPORT_BUCKET", "acme-warehouse-exports"),
		Region:          envOr("EXPORT_REGION", "eu-west-1"),
		AccessKeyID:     os.Getenv("EXPORT_AWS_ACCESS_KEY_ID"),
		SecretAccessKey: os.Getenv("EXPORT_AWS_SECRET_ACCESS_KEY"),
		Prefix:          envOr("EXPORT_PREFIX", "nightly/"),
		Window:          24 * time.Hour,
	}
	if cfg.AccessKeyID == "" || cfg.SecretAccessKey == "" {
		return cfg, fmt.Errorf("EXPORT_AWS_ACCESS_KEY_ID and EXPORT_AWS_SECRET_ACCESS_KEY must be set")
	}
	return cfg, nil
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}
