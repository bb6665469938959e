package secrets

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net/http"
	"os"
	"time"

	vault "github.com/hashicorp/vault/api"
)

type Config struct {
	Address string
	CAFile  string
	Token   string
}

// NewClient builds a Vault client that trusts the platform CA bundle.
func NewClient(cfg Config) (*vault.Client, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		return nil, fmt.Errorf("system cert pool: %w", err)
	}
	if cfg.CAFile != "" {
		pem, err := os.ReadFile(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("read vault CA: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("no certificates in %s", cfg.CAFile)
		}
	}

	vc := vault.DefaultConfig()
	vc.Address = cfg.Address
	vc.HttpClient = &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		},
	}
	client, err := vault.NewClient(vc)
	if err != nil {
		return nil, err
	}
	client.SetToken(cfg.Token)
	return client, nil
}
