#!/usr/bin/env bash
set -euo pipefail

export PGPASSWORD="${PGPASSWORD:-$(cat /run/secrets/pg_password)}"
export PGPASSFILE="${PGPASSFILE:-/root/.pgpass}"
export PGHOST="${PGHOST:-db.internal}"

pg_restore --clean --if-exists -d "${PGDATABASE:-app}" "$1"