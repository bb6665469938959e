#!/bin/sh
# Boot the built server locally and hit a few endpoints before we tag a release.
set -eu

PORT="${PORT:-8443}"
BASE="https://127.0.0.1:${PORT}"
# The server terminates TLS itself now; here it gets the throwaway cert from scripts/dev-cert.sh,
# which nothing trusts, hence --insecure. Only ever used against the loopback server started below.
export TLS_CERT=./certs/dev.pem TLS_KEY=./certs/dev-key.pem
CURL="curl -fsS --insecure"

node dist/server.js &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT INT TERM

i=0
until $CURL "$BASE/healthz" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -gt 30 ]; then
    echo "server did not come up on $BASE" >&2
    exit 1
  fi
  sleep 1
done

$CURL "$BASE/api/version"
$CURL -o /dev/null -w '%{http_code}\n' "$BASE/api/products?limit=1"
echo "smoke test passed"
