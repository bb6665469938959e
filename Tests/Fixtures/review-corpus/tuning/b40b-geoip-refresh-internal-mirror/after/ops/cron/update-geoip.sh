#!/usr/bin/env bash
# Weekly refresh of the GeoLite2 City database used by the edge service.
# Installed as /etc/cron.weekly/update-geoip on the edge hosts.
set -euo pipefail

DEST_DIR="/var/lib/geoip"
EDITION="GeoLite2-City"
# Edge hosts lost direct egress; the artifact mirror re-publishes the MaxMind archive
# with a .sha256 next to it. The mirror's cert is issued by our private root, so
# trust exactly that bundle rather than the system store.
MIRROR="https://artifacts.acme.internal/geoip"
CA_BUNDLE="/etc/pki/acme/internal-root-ca.pem"
URL="${MIRROR}/${EDITION}.tar.gz"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

curl -fsSL --retry 3 --cacert "$CA_BUNDLE" -o "${tmp}/db.tar.gz" "$URL"
curl -fsSL --retry 3 --cacert "$CA_BUNDLE" -o "${tmp}/db.tar.gz.sha256" "${URL}.sha256"
(cd "$tmp" && printf '%s  db.tar.gz\n' "$(cut -d' ' -f1 db.tar.gz.sha256)" | sha256sum -c --quiet -)
tar -xzf "${tmp}/db.tar.gz" -C "$tmp"

mmdb="$(find "$tmp" -name "${EDITION}.mmdb" -print -quit)"
if [ -z "$mmdb" ]; then
  echo "no ${EDITION}.mmdb in archive" >&2
  exit 1
fi

install -m 0644 "$mmdb" "${DEST_DIR}/${EDITION}.mmdb.new"
mv -f "${DEST_DIR}/${EDITION}.mmdb.new" "${DEST_DIR}/${EDITION}.mmdb"
systemctl reload edge-geo.service
echo "geoip updated: $(date -u +%FT%TZ)"
