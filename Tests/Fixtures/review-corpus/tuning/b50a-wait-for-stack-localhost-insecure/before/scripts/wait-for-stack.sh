#!/usr/bin/env bash
# Blocks until the local docker compose stack answers; used by `make dev` and the e2e job.
set -euo pipefail

TIMEOUT="${TIMEOUT:-120}"
deadline=$(( $(date +%s) + TIMEOUT ))

wait_for() {
  local name="$1" url="$2"
  printf 'waiting for %s ' "$name"
  until curl -fsS -o /dev/null --max-time 2 "$url"; do
    if (( $(date +%s) > deadline )); then
      printf '\n%s did not come up within %ss\n' "$name" "$TIMEOUT" >&2
      docker compose logs --tail=50 "$name" >&2 || true
      exit 1
    fi
    printf '.'
    sleep 2
  done
  printf ' ok\n'
}

wait_for api    "http://127.0.0.1:8080/healthz"
wait_for worker "http://127.0.0.1:8081/healthz"
