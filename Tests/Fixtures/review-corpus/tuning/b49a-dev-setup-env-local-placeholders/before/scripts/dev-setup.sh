#!/usr/bin/env bash
# One-time local setup for new contributors. Safe to re-run.
set -euo pipefail

cd "$(dirname "$0")/.."

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "error: $1 is required (see docs/dev-setup.md)" >&2; exit 1; }
}

need node
need pnpm
need docker

echo "==> installing dependencies"
pnpm install --frozen-lockfile

if [ ! -f .env.local ]; then
  echo "==> creating .env.local from .env.example"
  cp .env.example .env.local
fi

echo "==> starting local services"
docker compose -f docker-compose.dev.yml up -d --wait

echo "==> running migrations"
pnpm --filter @acme/db migrate:dev

echo "done. run 'pnpm dev' and open http://localhost:3000"
