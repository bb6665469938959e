#!/usr/bin/env bash
# Install or upgrade prometheus node_exporter on a fleet host.
# Usage: sudo ./install-node-exporter.sh [version]
set -euo pipefail

VERSION="${1:-1.8.2}"
ARCH="$(uname -m)"
case "$ARCH" in
  x86_64) ARCH=amd64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "unsupported arch: $ARCH" >&2; exit 1 ;;
esac

BASE_URL="https://github.com/prometheus/node_exporter/releases/download/v${VERSION}"
TARBALL="node_exporter-${VERSION}.linux-${ARCH}.tar.gz"
INSTALL_DIR=/opt/node_exporter
UNIT=/etc/systemd/system/node_exporter.service
CURL_OPTS=(--fail --silent --show-error --location --retry 3 --proto '=https' --tlsv1.2)

if [[ $EUID -ne 0 ]]; then
  echo "must run as root" >&2
  exit 1
fi

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
cd "$workdir"

echo "downloading node_exporter ${VERSION} (${ARCH})"
curl "${CURL_OPTS[@]}" -o "$TARBALL" "${BASE_URL}/${TARBALL}"
curl "${CURL_OPTS[@]}" -o sha256sums.txt "${BASE_URL}/sha256sums.txt"
grep " ${TARBALL}\$" sha256sums.txt | sha256sum --check --status

tar -xzf "$TARBALL"
id -u node_exporter >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin node_exporter
install -d -o root -g root -m 0755 "$INSTALL_DIR"
install -o root -g root -m 0755 "node_exporter-${VERSION}.linux-${ARCH}/node_exporter" "$INSTALL_DIR/node_exporter"

cat > "$UNIT" <<EOF
[Unit]
Description=Prometheus node exporter
After=network-online.target

[Service]
User=node_exporter
ExecStart=${INSTALL_DIR}/node_exporter --web.listen-address=:9100 --collector.systemd
Restart=on-failure

[Install]
WantedBy=multi-user.target
EOF

systemctl daemon-reload
systemctl enable --now node_exporter
systemctl --no-pager status node_exporter | head -n 5
echo "node_exporter ${VERSION} installed"
