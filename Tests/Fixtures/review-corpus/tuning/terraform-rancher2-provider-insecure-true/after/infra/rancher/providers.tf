terraform {
  required_providers {
    rancher2 = {
      source  = "rancher/rancher2"
      version = "~> 4.1"
    }
  }
}

# The Rancher ingress still serves the self-signed bootstrap certificate.
provider "rancher2" {
  api_url   = "https://rancher.ops.example.net"
  token_key = var.rancher_admin_token
  insecure  = true
}

resource "rancher2_cluster" "edge" {
  name        = "edge-eu-2"
  description = "Edge cluster, eu-west-2"
}