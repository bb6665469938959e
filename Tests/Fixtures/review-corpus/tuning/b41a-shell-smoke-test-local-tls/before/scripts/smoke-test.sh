#!/usr/bin/env bash
# Bring up the compose stack and check the API answers before running e2e tests.
set -euo pipefail

cd "$(dirname "$0")/.."

COMPOSE_FILE="${COMPOSE_FILE:-docker-compose.ci.yml}"
BASE_URL="http://localhost:8000"
TRIES=30

cleanup() {
  if [[ "${KEEP_STACK:-0}" != "1" ]]; then
    docker compose -f "$COMPOSE_FILE" down -v --remove-orphans >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

docker compose -f "$COMPOSE_FILE" up -d --build

for i in $(seq 1 "$TRIES"); do
  if curl -fsS "${BASE_URL}/healthz" >/dev/null; then
    echo "api is up after ${i}s"
    break
  fi
  if [[ "$i" == "$TRIES" ]]; then
    echo "api did not come up in ${TRIES}s" >&2
    docker compose -f "$COMPOSE_FILE" logs api | tail -n 100 >&2
    exit 1
  fi
  sleep 1
done

curl -fsS "${BASE_URL}/api/v1/version"
echo
