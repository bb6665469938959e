package license

import (
	"crypto/ed25519"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"strings"
)

var ErrBadLicense = errors.New("license: signature does not match")

// publicKey loads the vendor key used to check offline license files.
func publicKey() (ed25519.PublicKey, error) {
	raw, err := os.ReadFile(os.Getenv("LICENSE_PUBKEY_PATH"))
	if err != nil {
		return nil, fmt.Errorf("license: read public key: %w", err)
	}
	block, _ := pem.Decode(raw)
	if block == nil {
		return nil, errors.New("license: public key is not PEM")
	}
	key, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	pub, ok := key.(ed25519.PublicKey)
	if !ok {
		return nil, errors.New("license: public key is not ed25519")
	}
	return pub, nil
}

// Verify checks a "<payload>.<signature>" license string and returns the payload.
func Verify(license string) ([]byte, error) {
	payloadB64, sigB64, ok := strings.Cut(strings.TrimSpace(license), ".")
	if !ok {
		return nil, ErrBadLicense
	}
	payload, err1 := base64.RawURLEncoding.DecodeString(payloadB64)
	sig, err2 := base64.RawURLEncoding.DecodeString(sigB64)
	if err1 != nil || err2 != nil {
		return nil, ErrBadLicense
	}
	pub, err := publicKey()
	if err != nil {
		return nil, err
	}
	if !ed25519.Verify(pub, payload, sig) {
		return nil, ErrBadLicense
	}
	return payload, nil
}
