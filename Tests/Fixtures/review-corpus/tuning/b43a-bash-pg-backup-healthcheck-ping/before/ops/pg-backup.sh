#!/usr/bin/env bash
# Runs from cron on db-backup-01: dump the primary and ship it to object storage.
set -euo pipefail

DB_HOST="${DB_HOST:-10.20.0.11}"
DB_NAME="${DB_NAME:-fleetdesk}"
BACKUP_DIR="/srv/backups/pg"
RETENTION_DAYS=14
export PGPASSFILE="/etc/fleetdesk/pgpass"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="${BACKUP_DIR}/${DB_NAME}-${stamp}.dump"

mkdir -p "$BACKUP_DIR"
pg_dump -h "$DB_HOST" -U backup -Fc -Z 6 -f "$out" "$DB_NAME"

rclone copy "$out" "b2:fleetdesk-backups/pg/" --quiet

find "$BACKUP_DIR" -name "${DB_NAME}-*.dump" -mtime +"$RETENTION_DAYS" -delete
