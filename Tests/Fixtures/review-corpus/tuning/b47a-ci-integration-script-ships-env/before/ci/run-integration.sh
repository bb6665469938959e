#!/usr/bin/env bash
# Runs the integration suite inside CI. Expects docker compose and the usual
# CI-provided env (DATABASE_URL, NPM_TOKEN, SENTRY_AUTH_TOKEN, ...).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

cleanup() {
  docker compose -f docker-compose.ci.yml logs --no-color > artifacts/compose.log 2>&1 || true
  docker compose -f docker-compose.ci.yml down -v || true
}
trap cleanup EXIT

mkdir -p artifacts
docker compose -f docker-compose.ci.yml up -d postgres redis
./ci/wait-for.sh localhost:5432 -t 60
./ci/wait-for.sh localhost:6379 -t 30

npm ci
npm run db:migrate
npm run test:integration -- --reporter=junit --output artifacts/junit.xml
