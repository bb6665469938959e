#!/usr/bin/env bash
# Grant a read-only analytics role to a tenant schema.
#   ./grant-readonly.sh <tenant_schema> <role_name>
# Values go to psql as variables; :"name" quotes an identifier and :'name'
# a literal, so the arguments can't break out of the statement.
set -euo pipefail

schema="${1:?tenant schema}"
role="${2:?role name}"

: "${PGHOST:?}" "${PGDATABASE:?}"

psql --no-psqlrc --set ON_ERROR_STOP=1 \
     --set schema="$schema" \
     --set role="$role" <<'SQL'
BEGIN;

SELECT EXISTS (
  SELECT 1 FROM information_schema.schemata WHERE schema_name = :'schema'
) AS schema_exists \gset
\if :schema_exists
\else
  \echo 'no such schema: ' :'schema'
  \quit 3
\endif

GRANT USAGE ON SCHEMA :"schema" TO :"role";
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO :"role";
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema" GRANT SELECT ON TABLES TO :"role";

INSERT INTO ops.grant_audit (schema_name, role_name, granted_by)
VALUES (:'schema', :'role', current_user);

COMMIT;
SQL