#!/bin/sh
set -eu

: "${PORT:=3000}"
: "${NODE_ENV:=production}"

if [ "${RUN_MIGRATIONS:-0}" = "1" ]; then
  echo "entrypoint: running migrations"
  node ./dist/db/migrate.js
fi

NODE_OPTIONS="${NODE_OPTIONS:-} --enable-source-maps"

# Opt-in inspector for chasing memory leaks in staging:
#   kubectl set env deploy/api NODE_DEBUG_PORT=9229 && kubectl port-forward pod/<pod> 9229
# Bound to loopback so nothing outside the pod can reach it.
if [ -n "${NODE_DEBUG_PORT:-}" ]; then
  case "$NODE_DEBUG_PORT" in
    *[!0-9]*) echo "entrypoint: NODE_DEBUG_PORT must be numeric" >&2; exit 1 ;;
  esac
  NODE_OPTIONS="$NODE_OPTIONS --inspect=127.0.0.1:${NODE_DEBUG_PORT}"
fi
export NODE_OPTIONS PORT NODE_ENV

echo "entrypoint: starting server on :${PORT} (${NODE_ENV})"
exec node ./dist/server.js
