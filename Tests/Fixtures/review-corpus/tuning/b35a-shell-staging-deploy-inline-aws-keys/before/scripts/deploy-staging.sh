#!/usr/bin/env bash
# Build the API image, push it to ECR and roll the staging ECS service.
# Usage: scripts/deploy-staging.sh [git-ref]
set -euo pipefail

REF="${1:-HEAD}"
AWS_REGION="${AWS_REGION:-eu-west-1}"
AWS_PROFILE="${AWS_PROFILE:-staging-deployer}"
CLUSTER="orders-staging"
SERVICE="orders-api"
REPO_NAME="orders-api"

export AWS_REGION AWS_PROFILE

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

command -v aws >/dev/null || die "aws cli not installed"
command -v docker >/dev/null || die "docker not installed"

SHA="$(git rev-parse --short=12 "$REF")"
ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)" \
  || die "cannot assume staging-deployer; run 'aws sso login --profile $AWS_PROFILE'"
REGISTRY="${ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com"
IMAGE="${REGISTRY}/${REPO_NAME}:${SHA}"

log "logging in to ${REGISTRY}"
aws ecr get-login-password | docker login --username AWS --password-stdin "$REGISTRY"

log "building ${IMAGE}"
git archive --format=tar "$SHA" | docker build \
  --platform linux/amd64 \
  --label "org.opencontainers.image.revision=${SHA}" \
  -t "$IMAGE" -

log "pushing"
docker push "$IMAGE"

log "registering new task definition"
TASK_DEF="$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" \
  --query 'services[0].taskDefinition' --output text)"
aws ecs describe-task-definition --task-definition "$TASK_DEF" --query taskDefinition \
  | jq --arg img "$IMAGE" '.containerDefinitions[0].image = $img
      | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy)' \
  > /tmp/taskdef.json
NEW_DEF="$(aws ecs register-task-definition --cli-input-json file:///tmp/taskdef.json \
  --query 'taskDefinition.taskDefinitionArn' --output text)"

log "updating ${SERVICE} -> ${NEW_DEF##*/}"
aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$NEW_DEF" >/dev/null
aws ecs wait services-stable --cluster "$CLUSTER" --services "$SERVICE"
log "staging is on ${SHA}"
