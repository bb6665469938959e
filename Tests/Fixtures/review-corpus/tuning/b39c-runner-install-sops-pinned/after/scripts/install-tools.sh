#!/usr/bin/env bash
# Provisions the CLI tools our self-hosted runners need. Idempotent; run as root from cloud-init.
set -euo pipefail

BIN_DIR=/usr/local/bin
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

KUBECTL_VERSION="v1.29.4"
KUBECTL_SHA256="18b78a91ee42a5e232ae37d6ac4b78b609092e5b34d9c597de6e622048a99ec2"
SOPS_VERSION="v3.8.1"
SOPS_SHA256="3f08e5c77af664ed28cc8194d6a5f73a45673b8be988cdc04ef481b50ac95363"

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

install_sops() {
  if "$BIN_DIR/sops" --version 2>/dev/null | grep -q "${SOPS_VERSION#v}"; then
    return
  fi
  fetch "https://github.com/getsops/sops/releases/download/${SOPS_VERSION}/sops-${SOPS_VERSION}.linux.amd64" \
    "$WORK/sops"
  echo "${SOPS_SHA256}  $WORK/sops" | sha256sum -c -
  install -m 0755 "$WORK/sops" "$BIN_DIR/sops"
}

install_apt_packages
install_kubectl
install_sops
echo "tools installed"
