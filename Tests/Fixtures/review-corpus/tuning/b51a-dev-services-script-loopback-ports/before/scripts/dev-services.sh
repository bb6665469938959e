#!/usr/bin/env bash
# Starts the backing services for local development.
# Usage: scripts/dev-services.sh [up|down]
set -euo pipefail

NETWORK=shopfront-dev
PG_IMAGE=postgres:16.3-alpine

up() {
  docker network inspect "$NETWORK" >/dev/null 2>&1 || docker network create "$NETWORK"

  docker run -d --rm --name shopfront-pg --network "$NETWORK" \
    -e POSTGRES_USER=shopfront \
    -e POSTGRES_PASSWORD=shopfront \
    -e POSTGRES_DB=shopfront_dev \
    -v shopfront-pg-data:/var/lib/postgresql/data \
    -p 127.0.0.1:5432:5432 \
    "$PG_IMAGE"

  echo "postgres://shopfront:shopfront@localhost:5432/shopfront_dev"
}

down() {
  docker rm -f shopfront-pg >/dev/null 2>&1 || true
}

case "${1:-up}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 [up|down]" >&2; exit 2 ;;
esac
