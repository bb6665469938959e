#!/usr/bin/env bash
# (Re)start the postgres exporter next to the database on this host.
# Usage: deploy/run-pg-exporter.sh [image-tag]
set -euo pipefail

TAG="${1:-v0.15.0}"
NAME="pg-exporter"
ENV_FILE="/etc/quarry/pg-exporter.env"   # DATA_SOURCE_NAME, mode 0600 root:root

if [[ ! -r "$ENV_FILE" ]]; then
  echo "missing $ENV_FILE" >&2
  exit 1
fi

docker pull "quay.io/prometheuscommunity/postgres-exporter:${TAG}"
docker rm -f "$NAME" >/dev/null 2>&1 || true

# the grafana-agent on this host scrapes localhost:9187; keep it off the public interface
docker run -d \
  --name "$NAME" \
  --restart unless-stopped \
  --network quarry-db \
  --publish 127.0.0.1:9187:9187 \
  --env-file "$ENV_FILE" \
  --read-only \
  --cap-drop ALL \
  --security-opt no-new-privileges \
  --memory 128m \
  "quay.io/prometheuscommunity/postgres-exporter:${TAG}"

echo "started $NAME ${TAG}"
