#!/usr/bin/env bash
# Integration test driver used by the CI "integration" job.
# Brings up the compose stack, runs pytest against it, and always tears it down.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPOSE="docker compose -f ${ROOT}/ci/compose.integration.yml -p it-${CI_JOB_ID:-local}"
ARTIFACTS="${ROOT}/artifacts"

mkdir -p "$ARTIFACTS"

cleanup() {
  local rc=$?
  ${COMPOSE} logs --no-color > "${ARTIFACTS}/compose.log" 2>&1 || true
  ${COMPOSE} down -v --remove-orphans > /dev/null 2>&1 || true
  exit "$rc"
}
trap cleanup EXIT

wait_healthy() {
  local svc=$1 tries=60
  until [ "$(${COMPOSE} ps --format '{{.Health}}' "$svc")" = "healthy" ]; do
    tries=$((tries - 1))
    if [ "$tries" -le 0 ]; then
      echo "service $svc never became healthy" >&2
      return 1
    fi
    sleep 2
  done
}

${COMPOSE} up -d --build
wait_healthy postgres
wait_healthy api

${COMPOSE} exec -T api pytest tests/integration \
  --junitxml=/work/artifacts/junit.xml \
  -p no:cacheprovider -q
