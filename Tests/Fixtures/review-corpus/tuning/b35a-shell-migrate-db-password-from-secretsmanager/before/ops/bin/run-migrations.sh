#!/usr/bin/env bash
# Run pending database migrations against one environment.
#
#   ops/bin/run-migrations.sh staging
#   ops/bin/run-migrations.sh production --dry-run
#
# Requires PGPASSWORD to be exported for the migrator role.
set -euo pipefail

ENVIRONMENT="${1:?usage: run-migrations.sh <staging|production> [--dry-run]}"
DRY_RUN="${2:-}"

case "$ENVIRONMENT" in
  staging)    PGHOST="billing-staging.cluster-c9x2.eu-central-1.rds.amazonaws.com" ;;
  production) PGHOST="billing-prod.cluster-c9x2.eu-central-1.rds.amazonaws.com" ;;
  *) echo "unknown environment: $ENVIRONMENT" >&2; exit 2 ;;
esac

export PGHOST
export PGPORT=5432
export PGDATABASE=billing
export PGUSER=billing_migrator
export PGSSLMODE=verify-full
export PGSSLROOTCERT="$(dirname "$0")/../certs/rds-global-bundle.pem"

if [[ -z "${PGPASSWORD:-}" ]]; then
  echo "PGPASSWORD is not set; ask #platform for the migrator password" >&2
  exit 1
fi

echo "==> checking connectivity to ${PGHOST}"
psql -Atqc 'select current_user, version()' >/dev/null

if [[ "$DRY_RUN" == "--dry-run" ]]; then
  echo "==> pending migrations (dry run)"
  npx --no-install node-pg-migrate up --dry-run --migrations-dir migrations
  exit 0
fi

if [[ "$ENVIRONMENT" == "production" ]]; then
  read -r -p "Apply migrations to PRODUCTION? type 'billing' to continue: " answer
  [[ "$answer" == "billing" ]] || { echo "aborted"; exit 1; }
fi

echo "==> applying migrations to ${ENVIRONMENT}"
npx --no-install node-pg-migrate up --migrations-dir migrations --lock-value 4242
echo "==> done"
