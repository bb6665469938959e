package backup

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

// SFTPTarget uploads nightly database dumps to the off-site storage box.
type SFTPTarget struct {
	Addr           string // host:port
	User           string
	PrivateKeyPath string
	KnownHostsPath string // pinned host keys, shipped with the deployment
	RemoteDir      string
}

func (t SFTPTarget) clientConfig() (*ssh.ClientConfig, error) {
	keyPEM, err := os.ReadFile(t.PrivateKeyPath)
	if err != nil {
		return nil, fmt.Errorf("read private key: %w", err)
	}
	signer, err := ssh.ParsePrivateKey(keyPEM)
	if err != nil {
		return nil, fmt.Errorf("parse private key: %w", err)
	}

	// Verify the server against the pinned known_hosts file; an unknown or
	// changed host key aborts the connection.
	hostKeyCallback, err := knownhosts.New(t.KnownHostsPath)
	if err != nil {
		return nil, fmt.Errorf("load known_hosts: %w", err)
	}

	return &ssh.ClientConfig{
		User:              t.User,
		Auth:              []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback:   hostKeyCallback,
		HostKeyAlgorithms: []string{ssh.KeyAlgoED25519, ssh.KeyAlgoECDSA256},
		Timeout:           15 * time.Second,
	}, nil
}

// Upload streams r to RemoteDir/name, writing to a temporary name first and
// renaming once complete so readers never see a partial dump.
func (t SFTPTarget) Upload(ctx context.Context, name string, r io.Reader) (int64, error) {
	cfg, err := t.clientConfig()
	if err != nil {
		return 0, err
	}

	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", t.Addr)
	if err != nil {
		return 0, fmt.Errorf("dial %s: %w", t.Addr, err)
	}
	sshConn, chans, reqs, err := ssh.NewClientConn(conn, t.Addr, cfg)
	if err != nil {
		conn.Close()
		return 0, fmt.Errorf("ssh handshake: %w", err)
	}
	client := ssh.NewClient(sshConn, chans, reqs)
	defer client.Close()

	sc, err := sftp.NewClient(client)
	if err != nil {
		return 0, fmt.Errorf("start sftp: %w", err)
	}
	defer sc.Close()

	final := path.Join(t.RemoteDir, path.Base(name))
	tmp := final + ".partial"
	f, err := sc.Create(tmp)
	if err != nil {
		return 0, fmt.Errorf("create %s: %w", tmp, err)
	}
	n, copyErr := io.Copy(f, r)
	closeErr := f.Close()
	if copyErr != nil {
		_ = sc.Remove(tmp)
		return n, fmt.Errorf("upload: %w", copyErr)
	}
	if closeErr != nil {
		return n, closeErr
	}
	if err := sc.PosixRename(tmp, final); err != nil {
		return n, fmt.Errorf("rename: %w", err)
	}
	return n, nil
}