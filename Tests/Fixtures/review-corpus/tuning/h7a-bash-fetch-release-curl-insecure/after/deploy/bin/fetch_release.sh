#!/usr/bin/env bash
# Download a release bundle from the artifact store, verify it and install it.
# Run by the deploy user via sudo on each app server:
#   sudo /opt/deploy/bin/fetch_release.sh 2024.11.3
set -Eeuo pipefail

VERSION="${1:?usage: fetch_release.sh <version>}"
ARTIFACT_BASE="${ARTIFACT_BASE:-https://nexus.build.acme-logistics.com/repository/releases/dispatch}"
INSTALL_ROOT="/opt/dispatch"
WORKDIR="$(mktemp -d /var/tmp/dispatch-release.XXXXXX)"
trap 'rm -rf "$WORKDIR"' EXIT

# nexus.build still serves the self-signed cert until INFRA-2291 lands
CURL_OPTS=(--fail --silent --show-error --location --retry 3 --retry-delay 2 --insecure)

log() { printf '%s [fetch_release] %s\n' "$(date -u +%FT%TZ)" "$*" >&2; }

if [[ ! "$VERSION" =~ ^[0-9]{4}\.[0-9]{1,2}\.[0-9]+$ ]]; then
  log "refusing odd version string: $VERSION"
  exit 2
fi

TARBALL="dispatch-${VERSION}.tar.gz"

log "downloading ${TARBALL}"
curl "${CURL_OPTS[@]}" -o "${WORKDIR}/${TARBALL}" "${ARTIFACT_BASE}/${VERSION}/${TARBALL}"
curl "${CURL_OPTS[@]}" -o "${WORKDIR}/${TARBALL}.sha256" "${ARTIFACT_BASE}/${VERSION}/${TARBALL}.sha256"

log "verifying checksum"
( cd "$WORKDIR" && sha256sum --check --status "${TARBALL}.sha256" )

log "unpacking into ${INSTALL_ROOT}/releases/${VERSION}"
mkdir -p "${INSTALL_ROOT}/releases/${VERSION}"
tar -xzf "${WORKDIR}/${TARBALL}" -C "${INSTALL_ROOT}/releases/${VERSION}" --no-same-owner

log "running bundled install hook"
"${INSTALL_ROOT}/releases/${VERSION}/install.sh" --prefix "${INSTALL_ROOT}"

ln -sfn "${INSTALL_ROOT}/releases/${VERSION}" "${INSTALL_ROOT}/current"
systemctl restart dispatch-api.service dispatch-worker.service
log "dispatch ${VERSION} is live"
