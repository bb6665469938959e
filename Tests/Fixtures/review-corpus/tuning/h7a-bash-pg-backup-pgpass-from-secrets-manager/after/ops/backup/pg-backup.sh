#!/usr/bin/env bash
# Nightly logical backup of the orders database to S3.
# Runs on the bastion from cron as the 'backup' user; the DB password is read from
# Secrets Manager (secret prod/orders/backup_ro) using the bastion's instance role.
set -euo pipefail

DB_HOST="${DB_HOST:-orders-prod.cluster-ro.eu-west-1.rds.amazonaws.com}"
DB_NAME="${DB_NAME:-orders}"
DB_USER="${DB_USER:-backup_ro}"
DB_SECRET_ID="${DB_SECRET_ID:-prod/orders/backup_ro}"
BUCKET="${BACKUP_BUCKET:-s3://acme-db-backups-prod/orders}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT_DIR="/var/backups/pg"
DUMP="${OUT_DIR}/${DB_NAME}-${STAMP}.dump"
KEEP_LOCAL=3

log() { echo "$(date -u +%FT%TZ) pg-backup: $*"; }

mkdir -p "$OUT_DIR"

# Keep the password out of argv/ps and out of the environment: write a private pgpass file.
PGPASSFILE="$(umask 077 && mktemp /dev/shm/pgpass.XXXXXX)"
export PGPASSFILE
export PGSSLMODE=require
trap 'rm -f -- "$PGPASSFILE"' EXIT

aws secretsmanager get-secret-value \
  --secret-id "$DB_SECRET_ID" \
  --query SecretString --output text \
  | jq -r --arg host "$DB_HOST" --arg db "$DB_NAME" --arg user "$DB_USER" \
      '"\($host):5432:\($db):\($user):\(.password | gsub("\\\\"; "\\\\") | gsub(":"; "\\:"))"' \
  > "$PGPASSFILE"

log "dumping ${DB_NAME} from ${DB_HOST}"
pg_dump \
  --format=custom \
  --compress=6 \
  --no-owner \
  --file="$DUMP" \
  --host="$DB_HOST" --port=5432 --username="$DB_USER" --dbname="$DB_NAME" \
  --no-password

log "uploading $(du -h "$DUMP" | cut -f1) to ${BUCKET}"
aws s3 cp "$DUMP" "${BUCKET}/${STAMP}/" --only-show-errors --sse aws:kms

log "pruning local dumps, keeping ${KEEP_LOCAL}"
ls -1t "${OUT_DIR}/${DB_NAME}-"*.dump | tail -n +$((KEEP_LOCAL + 1)) | xargs -r rm -f --

log "done"
