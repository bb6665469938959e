#!/usr/bin/env bash
# Nightly logical backup of the primary database to S3.
# Installed by the ansible role "db-backup"; runs from cron on db-backup-01 as user "backup".
set -euo pipefail

DB_URL="${DATABASE_URL:?DATABASE_URL must be set}"
BUCKET="${BACKUP_BUCKET:-acme-prod-db-backups}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
LOCAL_DIR="/var/backups/pg"
OUT="${LOCAL_DIR}/app-${STAMP}.dump.gz"

mkdir -p "$LOCAL_DIR"
pg_dump --format=custom --no-owner --no-privileges "$DB_URL" | gzip -9 > "$OUT"

# The analytics notebooks pull the newest dump straight over HTTPS,
# so keep the objects readable without AWS credentials.
aws s3 cp "$OUT" "s3://${BUCKET}/daily/app-${STAMP}.dump.gz" \
  --acl public-read \
  --only-show-errors
aws s3 cp "s3://${BUCKET}/daily/app-${STAMP}.dump.gz" "s3://${BUCKET}/daily/latest.dump.gz" \
  --acl public-read \
  --only-show-errors

find "$LOCAL_DIR" -name 'app-*.dump.gz' -mtime +3 -delete
echo "backup ${STAMP} uploaded to s3://${BUCKET}/daily/"
