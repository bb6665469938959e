#!/usr/bin/env bash
# Offboards a cancelled tenant: archives their uploads to cold storage and disables the account.
# Usage: ops/offboard-tenant.sh <tenant-slug>
set -euo pipefail

SLUG="${1:-}"
if [[ ! $SLUG =~ ^[a-z0-9-]{3,40}$ ]]; then
  echo "usage: $0 <tenant-slug>   (lowercase letters, digits, hyphens)" >&2
  exit 2
fi

: "${DATABASE_URL:?DATABASE_URL must be set}"
UPLOADS_BUCKET="s3://acme-uploads-prod"
ARCHIVE_BUCKET="s3://acme-archive-prod"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

log "archiving uploads for $SLUG"
aws s3 sync --only-show-errors \
  "$UPLOADS_BUCKET/tenants/$SLUG/" \
  "$ARCHIVE_BUCKET/offboarded/$SLUG/$STAMP/" \
  --storage-class DEEP_ARCHIVE

log "removing live uploads for $SLUG"
aws s3 rm --only-show-errors --recursive "$UPLOADS_BUCKET/tenants/$SLUG/"

log "disabling tenant $SLUG in the database"
psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 -v slug="$SLUG" <<'SQL'
BEGIN;
UPDATE tenants SET status = 'offboarded', offboarded_at = now() WHERE slug = :'slug';
DELETE FROM api_tokens WHERE tenant_id = (SELECT id FROM tenants WHERE slug = :'slug');
COMMIT;
SQL

log "done"
