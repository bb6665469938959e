#!/usr/bin/env bash
# Restore a database dump from the backup bucket into a scratch database.
# Meant for on-call engineers verifying backups; never points at the primary.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: scripts/restore-from-s3.sh <dump-name> [target-db]

  dump-name   object name under s3://acme-db-backups/app/, e.g. app-20240601T020000Z.dump
  target-db   scratch database to restore into (default: restore_check)
USAGE
}

[ $# -ge 1 ] || { usage >&2; exit 2; }

DUMP="$1"
TARGET_DB="${2:-restore_check}"
BUCKET="s3://acme-db-backups/app"
SCRATCH_HOST="${SCRATCH_HOST:-db-scratch.internal}"

case "$TARGET_DB" in
  restore_*) ;;
  *) echo "refusing to restore into ${TARGET_DB}: target must start with restore_" >&2; exit 2 ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

aws s3 cp --only-show-errors "${BUCKET}/${DUMP}" "${tmp}/${DUMP}"
dropdb -h "$SCRATCH_HOST" --if-exists "$TARGET_DB"
createdb -h "$SCRATCH_HOST" "$TARGET_DB"
pg_restore -h "$SCRATCH_HOST" -d "$TARGET_DB" --no-owner --jobs 4 "${tmp}/${DUMP}"
echo "restored ${DUMP} into ${TARGET_DB} on ${SCRATCH_HOST}"
