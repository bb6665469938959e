#!/usr/bin/env bash
# Install / upgrade the log shipping agent on an app host.
# Usage: deploy/install-log-agent.sh <environment>
set -euo pipefail

ENVIRONMENT="${1:?usage: $0 <environment>}"
IMAGE="registry.internal.acme.io/platform/vector:0.39.0-debian"
NAME="log-agent"
CONF_DIR="/etc/log-agent"

case "$ENVIRONMENT" in
  staging|production) ;;
  *) echo "unknown environment: $ENVIRONMENT" >&2; exit 2 ;;
esac

install -d -m 0755 "$CONF_DIR"
install -m 0644 "deploy/log-agent/${ENVIRONMENT}.toml" "${CONF_DIR}/vector.toml"

docker pull "$IMAGE"

if docker container inspect "$NAME" > /dev/null 2>&1; then
  docker rm -f "$NAME" > /dev/null
fi

docker run -d \
  --name "$NAME" \
  --restart unless-stopped \
  --read-only \
  --memory 256m \
  -v "${CONF_DIR}:/etc/vector:ro" \
  -v /var/log:/var/log:ro \
  -v log-agent-data:/var/lib/vector \
  -e VECTOR_CONFIG=/etc/vector/vector.toml \
  "$IMAGE"

echo "log agent running on $(hostname) (${ENVIRONMENT})"
