#!/usr/bin/env bash
set -euo pipefail

# Usage: deploy/release.sh <environment> <image-tag>
ENVIRONMENT="${1:?environment required (staging|production)}"
TAG="${2:?image tag required}"

case "$ENVIRONMENT" in
  staging|production) ;;
  *) echo "unknown environment: $ENVIRONMENT" >&2; exit 2 ;;
esac

IMAGE="registry.example.com/storefront/web:${TAG}"

echo "Deploying ${IMAGE} to ${ENVIRONMENT}"
kubectl --context "${ENVIRONMENT}" -n storefront set image deployment/web web="${IMAGE}"
kubectl --context "${ENVIRONMENT}" -n storefront rollout status deployment/web --timeout=300s
