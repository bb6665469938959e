#!/usr/bin/env bash
# Installs the metrics agent on a fresh host. Run as root from cloud-init.
set -euo pipefail

AGENT_VERSION="${AGENT_VERSION:-2.14.3}"
MIRROR="${MIRROR:-https://artifacts.int.northwind.io/metrics-agent}"
PREFIX=/opt/metrics-agent
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

CURL_OPTS=(-fsSL --retry 3 --retry-delay 2)

echo ">> fetching metrics-agent ${AGENT_VERSION}"
curl "${CURL_OPTS[@]}" -o "$TMP/agent.tar.gz" "$MIRROR/$AGENT_VERSION/metrics-agent-linux-amd64.tar.gz"
curl "${CURL_OPTS[@]}" -o "$TMP/SHA256SUMS" "$MIRROR/$AGENT_VERSION/SHA256SUMS"

(cd "$TMP" && grep 'metrics-agent-linux-amd64.tar.gz' SHA256SUMS | sed 's/metrics-agent-linux-amd64.tar.gz/agent.tar.gz/' | sha256sum -c -)

install -d -m 0755 "$PREFIX"
tar -xzf "$TMP/agent.tar.gz" -C "$PREFIX" --strip-components=1
install -m 0644 "$PREFIX/metrics-agent.service" /etc/systemd/system/metrics-agent.service
systemctl daemon-reload
systemctl enable --now metrics-agent
echo ">> metrics-agent ${AGENT_VERSION} installed"
