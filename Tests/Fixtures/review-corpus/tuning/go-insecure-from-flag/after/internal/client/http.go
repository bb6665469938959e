package client

import "crypto/tls"

func configure(cfg *tls.Config, opts Options) {
	cfg.InsecureSkipVerify = opts.Insecure
}
