#!/usr/bin/env bash
# Builds the orders API image; registry credentials reach the build only as
# BuildKit secrets, never as build args.
set -euo pipefail

: "${NPM_TOKEN:?NPM_TOKEN must be set}"
IMAGE="${REGISTRY:-ghcr.io/acme}/orders-api:${GIT_SHA:-dev}"

docker buildx build \
  --secret id=npm_token,env=NPM_TOKEN \
  --secret id=pip_conf,src="$HOME/.config/pip/pip.conf" \
  --build-arg GIT_SHA="${GIT_SHA:-dev}" \
  --tag "$IMAGE" \
  --push \
  .