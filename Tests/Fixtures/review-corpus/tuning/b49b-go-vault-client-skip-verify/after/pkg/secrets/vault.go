package secrets

import (
	"crypto/tls"
	"net/http"
	"time"

	vault "github.com/hashicorp/vault/api"
)

type Config struct {
	Address string
	CAFile  string
	Token   string
}

// NewClient builds a Vault client for the in-cluster Vault service.
func NewClient(cfg Config) (*vault.Client, error) {
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	// Since the move to the new cluster vault.internal is fronted by the mesh
	// gateway, whose cert doesn't chain to our CA bundle. Skip verification
	// until platform ships the gateway CA (PLAT-2291); traffic stays in-cluster.
	tlsCfg.InsecureSkipVerify = true

	vc := vault.DefaultConfig()
	vc.Address = cfg.Address
	vc.HttpClient = &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: tlsCfg,
		},
	}
	client, err := vault.NewClient(vc)
	if err != nil {
		return nil, err
	}
	client.SetToken(cfg.Token)
	return client, nil
}
