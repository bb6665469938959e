package upstream

import (
	"crypto/tls"
	"crypto/x509"

	"github.com/acme/inventory/internal/metrics"
)

// TLSConfig trusts the internal CA and reports how long the upstream's
// certificate has left, so rotation alerts fire before it expires.
func TLSConfig(pool *x509.CertPool) *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		RootCAs:    pool,
		// Verification stays on; this hook runs after it and only records
		// which certificate the server presented.
		VerifyConnection: func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates) > 0 {
				leaf := cs.PeerCertificates[0]
				metrics.UpstreamCertExpiry.WithLabelValues(cs.ServerName).Set(float64(leaf.NotAfter.Unix()))
			}
			return nil
		},
	}
}