#!/usr/bin/env bash
set -euo pipefail

# Usage: deploy/release.sh <environment> <image-tag>
ENVIRONMENT="${1:?environment required (staging|production)}"
TAG="${2:?image tag required}"
: "${DEPLOY_TRACKER_TOKEN:?DEPLOY_TRACKER_TOKEN must be set (CI secret)}"

case "$ENVIRONMENT" in
  staging|production) ;;
  *) echo "unknown environment: $ENVIRONMENT" >&2; exit 2 ;;
esac

IMAGE="registry.example.com/storefront/web:${TAG}"

echo "Deploying ${IMAGE} to ${ENVIRONMENT}"
kubectl --context "${ENVIRONMENT}" -n storefront set image deployment/web web="${IMAGE}"
kubectl --context "${ENVIRONMENT}" -n storefront rollout status deployment/web --timeout=300s

# record the deploy so it shows up on the release dashboard
curl -fsS -X POST "https://deploys.example.com/api/v1/deployments" \
  -H "Authorization: Bearer ${DEPLOY_TRACKER_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "{\"service\":\"storefront-web\",\"environment\":\"${ENVIRONMENT}\",\"version\":\"${TAG}\"}"
