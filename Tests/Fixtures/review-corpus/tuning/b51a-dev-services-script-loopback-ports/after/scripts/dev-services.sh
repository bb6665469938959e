#!/usr/bin/env bash
# Starts the backing services for local development.
# Usage: scripts/dev-services.sh [up|down]
set -euo pipefail

NETWORK=shopfront-dev
PG_IMAGE=postgres:16.3-alpine
REDIS_IMAGE=redis:7.2-alpine
MAILPIT_IMAGE=axllent/mailpit:v1.18
BIND_ADDR=127.0.0.1

up() {
  docker network inspect "$NETWORK" >/dev/null 2>&1 || docker network create "$NETWORK"

  docker run -d --rm --name shopfront-pg --network "$NETWORK" \
    -e POSTGRES_USER=shopfront \
    -e POSTGRES_PASSWORD=shopfront \
    -e POSTGRES_DB=shopfront_dev \
    -v shopfront-pg-data:/var/lib/postgresql/data \
    -p "${BIND_ADDR}:5432:5432" \
    "$PG_IMAGE"

  docker run -d --rm --name shopfront-redis --network "$NETWORK" \
    -p "${BIND_ADDR}:6379:6379" \
    "$REDIS_IMAGE" redis-server --save "" --appendonly no

  # SMTP sink + web UI for checking outgoing mail.
  docker run -d --rm --name shopfront-mail --network "$NETWORK" \
    -p "${BIND_ADDR}:1025:1025" \
    -p "${BIND_ADDR}:8025:8025" \
    "$MAILPIT_IMAGE"

  echo "postgres://shopfront:shopfront@localhost:5432/shopfront_dev"
  echo "redis://localhost:6379/0"
  echo "mail UI: http://localhost:8025"
}

down() {
  docker rm -f shopfront-pg shopfront-redis shopfront-mail >/dev/null 2>&1 || true
}

case "${1:-up}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 [up|down]" >&2; exit 2 ;;
esac
