#!/bin/sh
set -eu

: "${PORT:=3000}"
: "${NODE_ENV:=production}"

if [ "${RUN_MIGRATIONS:-0}" = "1" ]; then
  echo "entrypoint: running migrations"
  node ./dist/db/migrate.js
fi

NODE_OPTIONS="${NODE_OPTIONS:-} --enable-source-maps"
export NODE_OPTIONS PORT NODE_ENV

echo "entrypoint: starting server on :${PORT} (${NODE_ENV})"
exec node ./dist/server.js
