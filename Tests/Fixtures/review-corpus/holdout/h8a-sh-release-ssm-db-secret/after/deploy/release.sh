#!/usr/bin/env bash
# Roll out a tagged image of the api to a cluster.
# usage: deploy/release.sh <env> <image-tag>
set -euo pipefail

ENV="${1:?env required (staging|prod)}"
TAG="${2:?image tag required}"
NAMESPACE="orders-${ENV}"
IMAGE="registry.gitlab.com/acme/orders-api:${TAG}"

case "$ENV" in
  staging|prod) ;;
  *) echo "unknown env: $ENV" >&2; exit 2 ;;
esac

kubectl config use-context "acme-${ENV}"

echo "==> syncing database credentials from SSM"
aws ssm get-parameter \
  --name "/orders/${ENV}/db_password" \
  --with-decryption \
  --query 'Parameter.Value' \
  --output text \
  | kubectl -n "$NAMESPACE" create secret generic orders-db \
      --from-literal=username=orders_app \
      --from-file=password=/dev/stdin \
      --dry-run=client -o yaml \
  | kubectl -n "$NAMESPACE" apply -f -

echo "==> migrating"
kubectl -n "$NAMESPACE" delete job orders-migrate --ignore-not-found
sed "s|__IMAGE__|${IMAGE}|" deploy/k8s/migrate-job.yaml | kubectl -n "$NAMESPACE" apply -f -
kubectl -n "$NAMESPACE" wait --for=condition=complete job/orders-migrate --timeout=600s

echo "==> rolling out ${IMAGE}"
kubectl -n "$NAMESPACE" set image deployment/orders-api api="$IMAGE"
kubectl -n "$NAMESPACE" rollout status deployment/orders-api --timeout=300s
