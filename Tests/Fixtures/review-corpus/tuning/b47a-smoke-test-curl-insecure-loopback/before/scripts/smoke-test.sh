#!/bin/sh
# Boot the built server locally and hit a few endpoints before we tag a release.
set -eu

PORT="${PORT:-8080}"
BASE="http://127.0.0.1:${PORT}"

node dist/server.js &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT INT TERM

i=0
until curl -fsS "$BASE/healthz" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -gt 30 ]; then
    echo "server did not come up on $BASE" >&2
    exit 1
  fi
  sleep 1
done

curl -fsS "$BASE/api/version"
curl -fsS -o /dev/null -w '%{http_code}\n' "$BASE/api/products?limit=1"
echo "smoke test passed"
