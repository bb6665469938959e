#!/bin/sh
set -eu

: "${PORT:=3000}"
: "${NODE_ENV:=production}"
export PORT NODE_ENV

echo "[entrypoint] running migrations"
node ./dist/scripts/migrate.js

if [ "${NODE_ENV}" = "development" ]; then
  exec node --enable-source-maps --inspect=127.0.0.1:9229 ./dist/server.js
fi

exec node --enable-source-maps \
  --max-old-space-size="${NODE_MAX_OLD_SPACE:-1536}" \
  ./dist/server.js
