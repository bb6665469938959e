#!/usr/bin/env bash
# Nightly logical backup of the primary database.
# Runs from cron on db-backup-01 as the "backup" user; credentials come from the
# instance profile and ~/.pgpass.
set -euo pipefail

DB_HOST="${DB_HOST:-db-primary.internal}"
DB_NAME="${DB_NAME:-app}"
BUCKET="s3://acme-db-backups/${DB_NAME}"
WORKDIR="/var/backups/pg"
KEEP_LOCAL_DAYS=3

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dump="${WORKDIR}/${DB_NAME}-${stamp}.dump"

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

mkdir -p "$WORKDIR"
umask 077

log "dumping ${DB_NAME} from ${DB_HOST}"
pg_dump -h "$DB_HOST" -U backup -Fc -Z 6 -f "$dump" "$DB_NAME"

log "uploading to ${BUCKET}"
aws s3 cp --only-show-errors --sse aws:kms "$dump" "${BUCKET}/$(basename "$dump")"

log "pruning local dumps older than ${KEEP_LOCAL_DAYS} days"
find "$WORKDIR" -name "${DB_NAME}-*.dump" -mtime +"$KEEP_LOCAL_DAYS" -delete

log "done"
