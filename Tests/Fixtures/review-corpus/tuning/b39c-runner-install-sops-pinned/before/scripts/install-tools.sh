#!/usr/bin/env bash
# Provisions the CLI tools our self-hosted runners need. Idempotent; run as root from cloud-init.
set -euo pipefail

BIN_DIR=/usr/local/bin
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

KUBECTL_VERSION="v1.29.4"
KUBECTL_SHA256="18b78a91ee42a5e232ae37d6ac4b78b609092e5b34d9c597de6e622048a99ec2"

fetch() {
  # fetch <url> <dest>
  curl --fail --silent --show-error --location --proto '=https' --tlsv1.2 -o "$2" "$1"
}

install_apt_packages() {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    jq git unzip ca-certificates gnupg
}

install_kubectl() {
  if "$BIN_DIR/kubectl" version --client 2>/dev/null | grep -q "$KUBECTL_VERSION"; then
    return
  fi
  fetch "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" "$WORK/kubectl"
  echo "${KUBECTL_SHA256}  $WORK/kubectl" | sha256sum -c -
  install -m 0755 "$WORK/kubectl" "$BIN_DIR/kubectl"
}

install_apt_packages
install_kubectl
echo "tools installed"
