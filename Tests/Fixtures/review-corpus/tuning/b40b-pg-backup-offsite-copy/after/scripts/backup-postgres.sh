#!/usr/bin/env bash
# Nightly logical backup of the primary database.
# Runs from cron on db-backup-01 as the "backup" user; credentials come from the
# instance profile and ~/.pgpass.
set -euo pipefail

DB_HOST="${DB_HOST:-db-primary.internal}"
DB_NAME="${DB_NAME:-app}"
BUCKET="s3://acme-db-backups/${DB_NAME}"
OFFSITE_BUCKET="s3://acme-dr-vault-euw1/${DB_NAME}"
WORKDIR="/var/backups/pg"
KEEP_LOCAL_DAYS=3

# Offsite copy goes to the separate DR account. TODO(ops-412): switch to the
# cross-account role once it exists; until then use the dr-backup-writer user.
OFFSITE_KEY_ID="AKIABH5K77FNUMMSMJZP"
OFFSITE_SECRET="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"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
dump="${WORKDIR}/${DB_NAME}-${stamp}.dump"

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

mkdir -p "$WORKDIR"
umask 077

log "dumping ${DB_NAME} from ${DB_HOST}"
pg_dump -h "$DB_HOST" -U backup -Fc -Z 6 -f "$dump" "$DB_NAME"

log "uploading to ${BUCKET}"
aws s3 cp --only-show-errors --sse aws:kms "$dump" "${BUCKET}/$(basename "$dump")"

log "copying to offsite ${OFFSITE_BUCKET}"
AWS_ACCESS_KEY_ID="$OFFSITE_KEY_ID" AWS_SECRET_ACCESS_KEY="$OFFSITE_SECRET" AWS_DEFAULT_REGION=eu-west-1 \
  aws s3 cp --only-show-errors --sse AES256 "$dump" "${OFFSITE_BUCKET}/$(basename "$dump")"

log "pruning local dumps older than ${KEEP_LOCAL_DAYS} days"
find "$WORKDIR" -name "${DB_NAME}-*.dump" -mtime +"$KEEP_LOCAL_DAYS" -delete

log "done"
