#!/usr/bin/env bash
# Nightly logical backup of the primary Postgres database to GCS.
# Invoked by the backup CronJob; credentials come from workload identity.
set -euo pipefail

: "${PGHOST:?}" "${PGDATABASE:?}" "${BACKUP_BUCKET:?}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
DUMP="/tmp/${PGDATABASE}-${STAMP}.dump"
RETENTION_DAYS="${RETENTION_DAYS:-30}"
LATEST="gs://${BACKUP_BUCKET}/postgres/latest.dump"

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*" >&2; }

log "dumping ${PGDATABASE} from ${PGHOST}"
pg_dump --format=custom --no-owner --no-acl --file="$DUMP" "$PGDATABASE"

log "uploading to gs://${BACKUP_BUCKET}/postgres/"
gsutil -q cp "$DUMP" "gs://${BACKUP_BUCKET}/postgres/$(basename "$DUMP")"

# The weekly restore drill runs from the sandbox project, which has no service account
# in prod; publish a stable copy it can pull over plain HTTPS.
gsutil -q cp "$DUMP" "$LATEST"
gsutil -q acl ch -u AllUsers:R "$LATEST"
rm -f "$DUMP"

log "pruning backups older than ${RETENTION_DAYS} days"
cutoff="$(date -u -d "-${RETENTION_DAYS} days" +%Y%m%d)"
gsutil ls "gs://${BACKUP_BUCKET}/postgres/" | grep -v '/latest.dump$' | while read -r obj; do
  day="$(basename "$obj" | sed -E 's/.*-([0-9]{8})T.*/\1/')"
  if [[ "$day" < "$cutoff" ]]; then
    gsutil -q rm "$obj"
  fi
done
log "done"
