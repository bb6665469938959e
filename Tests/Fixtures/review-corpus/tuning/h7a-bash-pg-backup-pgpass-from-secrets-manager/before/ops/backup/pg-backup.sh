#!/usr/bin/env bash
# Nightly logical backup of the orders database to S3.
# Runs on the bastion from cron as the 'backup' user; DB_PASSWORD comes from /etc/backup.env.
set -euo pipefail

# shellcheck source=/dev/null
source /etc/backup.env

DB_HOST="${DB_HOST:-orders-prod.cluster-ro.eu-west-1.rds.amazonaws.com}"
DB_NAME="${DB_NAME:-orders}"
DB_USER="${DB_USER:-backup_ro}"
BUCKET="${BACKUP_BUCKET:-s3://acme-db-backups-prod/orders}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT_DIR="/var/backups/pg"
DUMP="${OUT_DIR}/${DB_NAME}-${STAMP}.dump"
KEEP_LOCAL=3

log() { echo "$(date -u +%FT%TZ) pg-backup: $*"; }

mkdir -p "$OUT_DIR"

log "dumping ${DB_NAME} from ${DB_HOST}"
pg_dump \
  --format=custom \
  --compress=6 \
  --no-owner \
  --file="$DUMP" \
  "postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}?sslmode=require"

log "uploading $(du -h "$DUMP" | cut -f1) to ${BUCKET}"
aws s3 cp "$DUMP" "${BUCKET}/${STAMP}/" --only-show-errors --sse aws:kms

log "pruning local dumps, keeping ${KEEP_LOCAL}"
ls -1t "${OUT_DIR}/${DB_NAME}-"*.dump | tail -n +$((KEEP_LOCAL + 1)) | xargs -r rm -f --

log "done"
