#!/usr/bin/env bash
# Smoke test for the TLS-terminating proxy that docker compose starts in CI.
# The proxy generates a throwaway self-signed cert at container start, so -k is
# only ever used against https://localhost here.
set -euo pipefail

BASE_URL="https://localhost:${PROXY_PORT:-8443}"

check() {
  local path="$1" want="$2"
  local got
  got=$(curl -sk -o /dev/null -w '%{http_code}' "${BASE_URL}${path}")
  if [[ "$got" != "$want" ]]; then
    echo "FAIL ${path}: got ${got}, want ${want}" >&2
    exit 1
  fi
  echo "ok   ${path} -> ${got}"
}

for _ in $(seq 1 30); do
  curl -sk -o /dev/null "${BASE_URL}/healthz" && break
  sleep 1
done

check /healthz 200
check /api/v1/status 200
check /admin 302
check /does-not-exist 404
