#!/usr/bin/env bash
# Download a build artefact from the internal artefact store and unpack it.
set -euo pipefail

usage() {
  echo "usage: $0 <service> <version>" >&2
  exit 64
}

[[ $# -eq 2 ]] || usage
service="$1"
version="$2"

ARTEFACT_HOST="${ARTEFACT_HOST:-artefacts.build.internal}"
# The artefact store moved to a certificate issued by the internal PKI.
CA_BUNDLE="${CA_BUNDLE:-/etc/pki/internal/root-ca.pem}"
dest="/opt/releases/${service}/${version}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

url="https://${ARTEFACT_HOST}/${service}/${version}/${service}-${version}.tar.gz"
curl -fsSL --retry 3 --cacert "$CA_BUNDLE" -o "$tmp/pkg.tar.gz" "$url"
curl -fsSL --retry 3 --cacert "$CA_BUNDLE" -o "$tmp/pkg.tar.gz.sha256" "$url.sha256"

(cd "$tmp" && sha256sum -c pkg.tar.gz.sha256)
mkdir -p "$dest"
tar -xzf "$tmp/pkg.tar.gz" -C "$dest"
echo "unpacked ${service} ${version} into ${dest}"
