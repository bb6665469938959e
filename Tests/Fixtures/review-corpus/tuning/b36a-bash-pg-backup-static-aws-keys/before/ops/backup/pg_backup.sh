#!/usr/bin/env bash
# Nightly logical backup of the primary Postgres cluster to S3.
# Installed by ansible (roles/pg_backup) as /usr/local/sbin/pg_backup and run from cron:
#   15 2 * * * postgres /usr/local/sbin/pg_backup >>/var/log/pg_backup.log 2>&1
set -euo pipefail

: "${PGHOST:=/var/run/postgresql}"
: "${BACKUP_BUCKET:=s3://acme-prod-db-backups}"
: "${RETENTION_DAYS:=14}"
: "${AWS_DEFAULT_REGION:=eu-west-1}"
export PGHOST AWS_DEFAULT_REGION

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
HOST="$(hostname -s)"
BUCKET_NAME="${BACKUP_BUCKET#s3://}"
WORKDIR="$(mktemp -d /var/tmp/pg_backup.XXXXXX)"
trap 'rm -rf -- "$WORKDIR"' EXIT

log() { echo "$(date -u +%FT%TZ) pg_backup[$$]: $*"; }

# Credentials come from the instance profile (role acme-db-backup-writer).
if ! aws sts get-caller-identity --query Arn --output text >/dev/null; then
  log "no AWS credentials available from the instance profile"
  exit 1
fi

mapfile -t DATABASES < <(psql -Atc "SELECT datname FROM pg_database
                                     WHERE datallowconn AND NOT datistemplate
                                       AND datname <> 'postgres'")

for db in "${DATABASES[@]}"; do
  out="${WORKDIR}/${db}-${STAMP}.dump"
  log "dumping ${db}"
  pg_dump --format=custom --compress=6 --no-owner --file="$out" "$db"
  sha256sum "$out" >"${out}.sha256"
  aws s3 cp --only-show-errors --sse aws:kms "$out" "${BACKUP_BUCKET}/${HOST}/${db}/"
  aws s3 cp --only-show-errors --sse aws:kms "${out}.sha256" "${BACKUP_BUCKET}/${HOST}/${db}/"
  rm -f -- "$out" "${out}.sha256"
done

log "pruning backups older than ${RETENTION_DAYS} days"
cutoff="$(date -u -d "-${RETENTION_DAYS} days" +%Y%m%d)"
aws s3 ls --recursive "${BACKUP_BUCKET}/${HOST}/" | while read -r _day _time _size key; do
  stamp="$(basename "$key" | grep -oE '[0-9]{8}T' | tr -d T || true)"
  if [[ -n "$stamp" && "$stamp" < "$cutoff" ]]; then
    aws s3 rm --only-show-errors "s3://${BUCKET_NAME}/${key}"
  fi
done

log "done (${#DATABASES[@]} databases)"
