#!/usr/bin/env bash
# Start a celery worker for local development with settings from .env
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENV_FILE="${ENV_FILE:-$ROOT/.env}"

# .env is shared with docker compose now, which takes values literally
# (FOO=a b$c is fine there but breaks `source`), so parse it the same way.
load_env() {
  local file="$1" line key value
  while IFS= read -r line || [[ -n "$line" ]]; do
    line="${line%$'\r'}"
    [[ -z "${line//[[:space:]]/}" || "$line" == \#* || "$line" != *=* ]] && continue
    key="${line%%=*}"
    value="${line#*=}"
    key="${key#export }"
    key="${key//[[:space:]]/}"
    if [[ ! "$key" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
      echo "run-worker: ignoring malformed line in $file: ${line:0:40}" >&2
      continue
    fi
    if [[ "$value" =~ ^\"(.*)\"$ || "$value" =~ ^\'(.*)\'$ ]]; then
      value="${BASH_REMATCH[1]}"
    fi
    printf -v "$key" '%s' "$value"
    export "${key?}"
  done < "$file"
}

if [[ -f "$ENV_FILE" ]]; then
  load_env "$ENV_FILE"
fi

QUEUES="${WORKER_QUEUES:-default,emails}"
CONCURRENCY="${WORKER_CONCURRENCY:-4}"

cd "$ROOT"
exec celery -A config.celery_app worker \
  --queues "$QUEUES" \
  --concurrency "$CONCURRENCY" \
  --loglevel "${LOG_LEVEL:-info}"
