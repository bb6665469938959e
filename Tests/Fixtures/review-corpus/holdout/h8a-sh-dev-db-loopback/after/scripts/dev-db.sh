#!/usr/bin/env bash
# Local Postgres + Redis for running the ledger API on your laptop.
# Data lives in named volumes; `scripts/dev-db.sh down` removes the containers but keeps the data.
set -euo pipefail

PG_IMAGE="postgres:16"
REDIS_IMAGE="redis:7"

case "${1:-up}" in
  up)
    docker run -d --name ledger-pg \
      -e POSTGRES_USER=ledger \
      -e POSTGRES_PASSWORD=ledger \
      -e POSTGRES_DB=ledger_dev \
      -p 127.0.0.1:5432:5432 \
      -v ledger-pg-data:/var/lib/postgresql/data \
      "$PG_IMAGE"
    docker run -d --name ledger-redis \
      -p 127.0.0.1:6379:6379 \
      "$REDIS_IMAGE"
    echo "DATABASE_URL=postgres://ledger:ledger@localhost:5432/ledger_dev"
    echo "REDIS_URL=redis://localhost:6379/0"
    ;;
  down)
    docker rm -f ledger-pg ledger-redis
    ;;
  *)
    echo "usage: $0 [up|down]" >&2
    exit 2
    ;;
esac
