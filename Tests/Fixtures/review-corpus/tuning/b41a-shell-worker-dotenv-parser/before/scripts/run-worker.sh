#!/usr/bin/env bash
# Start a celery worker for local development with settings from .env
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENV_FILE="${ENV_FILE:-$ROOT/.env}"

if [[ -f "$ENV_FILE" ]]; then
  set -a
  # shellcheck disable=SC1090
  source "$ENV_FILE"
  set +a
fi

QUEUES="${WORKER_QUEUES:-default,emails}"
CONCURRENCY="${WORKER_CONCURRENCY:-4}"

cd "$ROOT"
exec celery -A config.celery_app worker \
  --queues "$QUEUES" \
  --concurrency "$CONCURRENCY" \
  --loglevel "${LOG_LEVEL:-info}"
