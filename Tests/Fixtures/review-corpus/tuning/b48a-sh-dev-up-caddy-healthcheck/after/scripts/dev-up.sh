#!/usr/bin/env bash
# Bring up the local stack (postgres, redis, api behind caddy with its internal CA).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPOSE=(docker compose -f "$ROOT/docker-compose.dev.yml")

"${COMPOSE[@]}" up -d --build

echo "Waiting for the API..."
for _ in $(seq 1 40); do
  # Go through Caddy so a broken proxy/TLS config shows up here too. Caddy's local CA
  # isn't in the host trust store, hence -k; this only ever talks to localhost.
  if curl -fsSk --max-time 2 https://localhost:8443/healthz >/dev/null; then
    echo "API is up."
    break
  fi
  sleep 1
done

echo "Open https://localhost:8443 (accept the Caddy local CA once)."
