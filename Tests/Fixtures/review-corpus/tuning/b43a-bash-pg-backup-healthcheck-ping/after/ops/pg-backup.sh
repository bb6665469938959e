#!/usr/bin/env bash
# Runs from cron on db-backup-01: dump the primary and ship it to object storage.
set -euo pipefail

DB_HOST="${DB_HOST:-10.20.0.11}"
DB_NAME="${DB_NAME:-fleetdesk}"
BACKUP_DIR="/srv/backups/pg"
RETENTION_DAYS=14
export PGPASSFILE="/etc/fleetdesk/pgpass"

# healthchecks.io check for this job; alert fires if we don't report within 26h
HC_URL="$(cat /etc/fleetdesk/healthcheck-url)"
ping_hc() { curl -fsS -m 10 --retry 3 -o /dev/null "$HC_URL$1" --data-raw "${2:-}" || true; }
trap 'ping_hc "/fail" "exit=$? host=$(hostname -s)"' ERR
ping_hc "/start"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="${BACKUP_DIR}/${DB_NAME}-${stamp}.dump"

mkdir -p "$BACKUP_DIR"
pg_dump -h "$DB_HOST" -U backup -Fc -Z 6 -f "$out" "$DB_NAME"

rclone copy "$out" "b2:fleetdesk-backups/pg/" --quiet

find "$BACKUP_DIR" -name "${DB_NAME}-*.dump" -mtime +"$RETENTION_DAYS" -delete

ping_hc "" "size=$(stat -c %s "$out") duration=${SECONDS}s"
