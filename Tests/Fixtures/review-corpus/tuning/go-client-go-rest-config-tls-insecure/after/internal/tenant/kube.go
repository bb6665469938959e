package tenant

import (
	"os"

	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

// NewRemoteClient connects to a tenant cluster with the token the operator mounts.
func NewRemoteClient(host string) (*kubernetes.Clientset, error) {
	token, err := os.ReadFile("/var/run/secrets/tenant/token")
	if err != nil {
		return nil, err
	}
	cfg := &rest.Config{
		Host:        host,
		BearerToken: string(token),
		TLSClientConfig: rest.TLSClientConfig{
			Insecure: true,
		},
	}
	return kubernetes.NewForConfig(cfg)
}