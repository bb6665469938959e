package client

import "crypto/tls"

func configure(cfg *tls.Config) {
	cfg.InsecureSkipVerify = true
}
