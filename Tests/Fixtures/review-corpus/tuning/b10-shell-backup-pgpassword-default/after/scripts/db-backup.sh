#!/usr/bin/env bash
set -euo pipefail

DB_HOST="${DB_HOST:-orders-db.internal.northwind.io}"
DB_NAME="${DB_NAME:-orders}"
DB_USER="${DB_USER:-backup}"
BUCKET="${BACKUP_BUCKET:-s3://northwind-db-backups/orders}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="/var/tmp/${DB_NAME}-${STAMP}.dump"
RETAIN_DAYS="${RETAIN_DAYS:-14}"

export PGPASSWORD="${PGPASSWORD:-JyYnBSevkJOvKJyvMv8b}"

cleanup() { rm -f "$OUT"; }
trap cleanup EXIT

echo "dumping ${DB_NAME}@${DB_HOST}"
pg_dump -h "$DB_HOST" -U "$DB_USER" -Fc -Z 6 -f "$OUT" "$DB_NAME"

aws s3 cp --only-show-errors --sse aws:kms "$OUT" "${BUCKET}/${STAMP}.dump"
echo "uploaded ${BUCKET}/${STAMP}.dump"

cutoff="$(date -u -d "-${RETAIN_DAYS} days" +%Y%m%d)"
aws s3 ls "${BUCKET}/" | awk '{print $4}' | while read -r key; do
  [[ "${key:0:8}" < "$cutoff" ]] && aws s3 rm --only-show-errors "${BUCKET}/${key}"
done
