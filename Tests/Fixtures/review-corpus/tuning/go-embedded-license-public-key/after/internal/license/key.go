package license

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
)

// publicKeyPEM verifies license files signed by the release key.
// The matching private key lives in the offline signing HSM.
const publicKeyPEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAQSS8ejzaVs7E8pQvuF1k
ysGJMHmjARXJIFp0t6E8JeKtpREwQyHuJCpq6u+3hnPMSE36NzJl0nCKTYSJd71W
ZH1YVuUbDQYzz0lErlCJzllIvafmx7+LywJ3zhTTcTabcE911fFyImXGvIEJ7GEq
cXZcYFY1itGflk0FvQfRasJJQyqqTAST9O2ikb27SrWZBzYWv2j6320juVqYYB2O
XufLtq9O42hE9TWzIOAkQrWiBYcsmMID90Cmdo9pmUPucZhjlnO1StNXXiPJpOn+
NdN22+guCt5FGfpKdgiqQwfup8Lo5v2xRn8wQH0at+1m+w6ot5Q3zqVcq1//C/X3
tgIDAQAB
-----END PUBLIC KEY-----`

func loadPublicKey() (*rsa.PublicKey, error) {
	block, _ := pem.Decode([]byte(publicKeyPEM))
	if block == nil {
		return nil, errors.New("license: bad public key")
	}
	key, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	rsaKey, ok := key.(*rsa.PublicKey)
	if !ok {
		return nil, errors.New("license: not an RSA key")
	}
	return rsaKey, nil
}