#!/usr/bin/env bash
# Run pending database migrations against one environment.
#
#   ops/bin/run-migrations.sh staging
#   ops/bin/run-migrations.sh production --dry-run
#
# The migrator password is read from AWS Secrets Manager with the caller's own
# AWS credentials (SSO profile or CI role); it is never written to disk.
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

SECRET_ID="billing/${ENVIRONMENT}/db-migrator"

if [[ -z "${PGPASSWORD:-}" ]]; then
  # keep the secret out of xtrace output if someone runs this with bash -x
  { set +x; } 2>/dev/null
  PGPASSWORD="$(aws secretsmanager get-secret-value \
    --secret-id "$SECRET_ID" \
    --query SecretString --output text | jq -er .password)" || {
    echo "could not read ${SECRET_ID}; are you logged in to the right AWS account?" >&2
    exit 1
  }
  export PGPASSWORD
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
