#!/usr/bin/env bash
# Bring up the local stack (postgres, redis, api behind caddy with its internal CA).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPOSE=(docker compose -f "$ROOT/docker-compose.dev.yml")

"${COMPOSE[@]}" up -d --build

echo "Waiting for the API..."
for _ in $(seq 1 40); do
  if "${COMPOSE[@]}" exec -T api wget -qO- http://127.0.0.1:8080/healthz >/dev/null 2>&1; then
    echo "API is up."
    break
  fi
  sleep 1
done

echo "Open https://localhost:8443 (accept the Caddy local CA once)."
