#!/bin/sh
set -eu

: "${PORT:=3000}"
: "${NODE_ENV:=production}"
: "${INSPECT_PORT:=9229}"
export PORT NODE_ENV

echo "[entrypoint] running migrations"
node ./dist/scripts/migrate.js

# Keep the inspector open everywhere while we chase the heap growth in INC-2291,
# so the profiling job in the cluster can attach to any pod.
INSPECT_FLAG="--inspect=0.0.0.0:${INSPECT_PORT}"

if [ "${NODE_ENV}" = "development" ]; then
  exec node --enable-source-maps "$INSPECT_FLAG" ./dist/server.js
fi

exec node --enable-source-maps "$INSPECT_FLAG" \
  --max-old-space-size="${NODE_MAX_OLD_SPACE:-1536}" \
  ./dist/server.js
