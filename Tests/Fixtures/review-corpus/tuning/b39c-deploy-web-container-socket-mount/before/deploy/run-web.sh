#!/usr/bin/env bash
# Pulls and (re)starts the storefront web container on an app host.
# Usage: deploy/run-web.sh <image-tag>
set -euo pipefail

TAG="${1:?usage: run-web.sh <image-tag>}"
IMAGE="registry.internal.acme.io/storefront/web:${TAG}"
NAME="storefront-web"
ENV_FILE="/etc/storefront/web.env"

RUNTIME_OPTS=(
  --restart unless-stopped
  --read-only
  --tmpfs /tmp:rw,size=256m
  --cap-drop ALL
  --security-opt no-new-privileges
  --memory 1g
  --cpus 1.5
)

echo ">> pulling $IMAGE"
docker pull "$IMAGE"

if docker container inspect "$NAME" >/dev/null 2>&1; then
  echo ">> stopping old $NAME"
  docker stop --time 20 "$NAME"
  docker rm "$NAME"
fi

echo ">> starting $NAME"
docker run -d --name "$NAME" \
  "${RUNTIME_OPTS[@]}" \
  --env-file "$ENV_FILE" \
  -p 127.0.0.1:8080:8080 \
  "$IMAGE"

for i in $(seq 1 30); do
  if curl -fsS http://127.0.0.1:8080/healthz >/dev/null; then
    echo ">> healthy after ${i}s"
    exit 0
  fi
  sleep 1
done
echo "!! $NAME did not become healthy" >&2
docker logs --tail 100 "$NAME" >&2
exit 1
