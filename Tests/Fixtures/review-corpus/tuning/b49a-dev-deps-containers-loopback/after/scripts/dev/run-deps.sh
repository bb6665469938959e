#!/usr/bin/env bash
# Start throwaway Postgres and Redis containers for local development and integration tests.
# Ports are published on loopback only; pass --reset to drop the containers and the data volume.
set -euo pipefail

PG_IMAGE="postgres:16.3-alpine"
REDIS_IMAGE="redis:7.2.5-alpine"
NETWORK="orders-dev"

if [[ "${1:-}" == "--reset" ]]; then
  docker rm -f orders-dev-pg orders-dev-redis >/dev/null 2>&1 || true
  docker volume rm orders-dev-pg-data >/dev/null 2>&1 || true
fi

docker network inspect "$NETWORK" >/dev/null 2>&1 || docker network create "$NETWORK" >/dev/null

start_or_run() {
  local name="$1"; shift
  if docker container inspect "$name" >/dev/null 2>&1; then
    docker start "$name" >/dev/null
  else
    docker run -d --name "$name" --network "$NETWORK" "$@" >/dev/null
  fi
}

start_or_run orders-dev-pg \
  -p 127.0.0.1:5433:5432 \
  -e POSTGRES_USER=orders \
  -e POSTGRES_PASSWORD=orders \
  -e POSTGRES_DB=orders_dev \
  -v orders-dev-pg-data:/var/lib/postgresql/data \
  "$PG_IMAGE"

start_or_run orders-dev-redis \
  -p 127.0.0.1:6380:6379 \
  "$REDIS_IMAGE" redis-server --save "" --appendonly no

echo "postgres: postgres://orders:orders@127.0.0.1:5433/orders_dev"
echo "redis:    redis://127.0.0.1:6380/0"
