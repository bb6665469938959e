#!/usr/bin/env bash
# One-time local setup for new engineers. Safe to re-run.
set -euo pipefail

cd "$(dirname "$0")/.."

ENV_FILE=.env.local

need() { command -v "$1" >/dev/null || { echo "missing dependency: $1" >&2; exit 1; }; }
need docker
need node
need openssl

if [[ ! -f $ENV_FILE ]]; then
  echo "writing $ENV_FILE"
  cat > "$ENV_FILE" <<ENV
# Local development only -- this file is git-ignored.
DATABASE_URL=postgres://app:app@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0
SESSION_SECRET=$(openssl rand -hex 32)
JWT_SIGNING_KEY=$(openssl rand -base64 48)

# Local MinIO from docker-compose.yml (its stock credentials)
S3_ENDPOINT=http://localhost:9000
AWS_ACCESS_KEY_ID=minioadmin
AWS_SECRET_ACCESS_KEY=minioadmin

# Put your own Stripe *test* key here (dashboard -> Developers -> API keys)
STRIPE_SECRET_KEY=sk_test_replace_me
ENV
else
  echo "$ENV_FILE already exists, leaving it alone"
fi

docker compose up -d postgres redis minio
npm ci
npm run db:migrate
echo "done -- run 'npm run dev'"
