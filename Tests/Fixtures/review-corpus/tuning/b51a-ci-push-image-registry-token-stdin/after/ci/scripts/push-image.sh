#!/usr/bin/env bash
# Builds and pushes the service image. Expects, from the CI secret store:
#   REGISTRY_USER, REGISTRY_TOKEN
# and from the pipeline: CI_COMMIT_SHA, CI_COMMIT_REF_NAME.
set -euo pipefail

REGISTRY="${REGISTRY:-ghcr.io}"
IMAGE="${REGISTRY}/northwind-labs/orders-api"
SHORT_SHA="${CI_COMMIT_SHA:0:12}"

: "${REGISTRY_USER:?REGISTRY_USER must be set}"
: "${REGISTRY_TOKEN:?REGISTRY_TOKEN must be set}"

# Make sure nothing below echoes the token, even if someone runs with bash -x.
set +x
printf '%s' "$REGISTRY_TOKEN" | docker login "$REGISTRY" --username "$REGISTRY_USER" --password-stdin
trap 'docker logout "$REGISTRY" >/dev/null 2>&1 || true' EXIT

docker build \
  --pull \
  --label "org.opencontainers.image.revision=${CI_COMMIT_SHA}" \
  --label "org.opencontainers.image.source=https://github.com/northwind-labs/orders-api" \
  -t "${IMAGE}:${SHORT_SHA}" \
  .

docker push "${IMAGE}:${SHORT_SHA}"

if [[ "${CI_COMMIT_REF_NAME:-}" == "main" ]]; then
  docker tag "${IMAGE}:${SHORT_SHA}" "${IMAGE}:latest"
  docker push "${IMAGE}:latest"
fi

echo "pushed ${IMAGE}:${SHORT_SHA}"
