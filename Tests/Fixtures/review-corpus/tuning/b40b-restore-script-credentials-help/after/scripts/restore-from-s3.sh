#!/usr/bin/env bash
# Restore a database dump from the backup bucket into a scratch database.
# Meant for on-call engineers verifying backups; never points at the primary.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: scripts/restore-from-s3.sh <dump-name> [target-db]

  dump-name   object name under s3://acme-db-backups/app/, e.g. app-20240601T020000Z.dump
  target-db   scratch database to restore into (default: restore_check)

Credentials: whatever the AWS CLI resolves (SSO profile first). Without SSO, export
a short-lived key pair from the console first; the values below are AWS's doc examples:

  export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
  export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  export AWS_SESSION_TOKEN=<from the console>
USAGE
}

case "${1:-}" in -h|--help) usage; exit 0 ;; esac
[ $# -ge 1 ] || { usage >&2; exit 2; }

DUMP="$1"
TARGET_DB="${2:-restore_check}"
BUCKET="s3://acme-db-backups/app"
SCRATCH_HOST="${SCRATCH_HOST:-db-scratch.internal}"

case "$TARGET_DB" in
  restore_*) ;;
  *) echo "refusing to restore into ${TARGET_DB}: target must start with restore_" >&2; exit 2 ;;
esac

if ! aws sts get-caller-identity > /dev/null 2>&1; then
  echo "no usable AWS credentials; run 'aws sso login --profile backups' or see --help" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

aws s3 cp --only-show-errors "${BUCKET}/${DUMP}" "${tmp}/${DUMP}"
dropdb -h "$SCRATCH_HOST" --if-exists "$TARGET_DB"
createdb -h "$SCRATCH_HOST" "$TARGET_DB"
pg_restore -h "$SCRATCH_HOST" -d "$TARGET_DB" --no-owner --jobs 4 "${tmp}/${DUMP}"
echo "restored ${DUMP} into ${TARGET_DB} on ${SCRATCH_HOST}"
