#!/usr/bin/env bash
# Weekly refresh of the GeoLite2 City database used by the edge service.
# Installed as /etc/cron.weekly/update-geoip on the edge hosts.
set -euo pipefail

DEST_DIR="/var/lib/geoip"
EDITION="GeoLite2-City"
URL="https://download.maxmind.com/app/geoip_download?edition_id=${EDITION}&license_key=${MAXMIND_LICENSE_KEY}&suffix=tar.gz"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

curl -fsSL --retry 3 -o "${tmp}/db.tar.gz" "$URL"
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
