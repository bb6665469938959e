#!/usr/bin/env bash
# Runs the integration suite inside CI. Expects DATABASE_URL and API_TOKEN from the job env.
set -euo pipefail

cd "$(dirname "$0")/.."

echo "--- installing deps"
npm ci --no-audit --no-fund

echo "--- waiting for postgres"
for i in $(seq 1 30); do
  if pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; then
    break
  fi
  sleep 2
done

echo "--- running tests"
if ! npm run test:integration -- --reporter=junit --output=reports/junit.xml; then
  echo "integration tests failed"
  exit 1
fi
