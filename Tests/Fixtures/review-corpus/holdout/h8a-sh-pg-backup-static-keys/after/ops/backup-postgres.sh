#!/bin/bash
# Nightly logical backup of the orders database to S3.
# Scheduled from /etc/cron.d/pg-backup on db-util-01.
set -eo pipefail

DB_HOST="${DB_HOST:-orders-db.internal}"
DB_NAME="${DB_NAME:-orders}"
BUCKET="s3://acme-db-backups/orders"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="/var/backups/pg/${DB_NAME}-${STAMP}.dump"

export PGPASSFILE=/root/.pgpass
# db-util-01 lost its instance role in the VPC move; use the backup-writer user until INFRA-884 lands
export AWS_ACCESS_KEY_ID=AKIA7QEVMQVPJDWFKIXR
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION=eu-west-1

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

log "dumping ${DB_NAME} from ${DB_HOST}"
pg_dump -h "$DB_HOST" -U backup -Fc -f "$OUT" "$DB_NAME"

log "uploading to ${BUCKET}"
aws s3 cp "$OUT" "${BUCKET}/${STAMP}.dump" --sse aws:kms --only-show-errors

find /var/backups/pg -name "${DB_NAME}-*.dump" -mtime +3 -delete
log "done"
