#!/usr/bin/env bash
# Invoked by adnanh/webhook (see ops/hooks/hooks.yaml) for the /deploy slash command.
# webhook checks the Slack signing secret and passes us:
#   $1 = user_name   $2 = channel_name   $3 = text (e.g. "staging" or "production")
set -euo pipefail

SLACK_USER="$1"
SLACK_CHANNEL="$2"
TEXT="$3"

REPO_DIR=/srv/deploy/orders-service
LOG_DIR=/var/log/deploy-hooks
mkdir -p "$LOG_DIR"
LOG_FILE="$LOG_DIR/$(date -u +%Y%m%dT%H%M%SZ)-slack.log"

reply() {
  printf '{"response_type":"in_channel","text":"%s"}\n' "$1"
}

read -r ENVIRONMENT _ <<<"$TEXT"

case "$ENVIRONMENT" in
  staging|sandbox) ;;
  production)
    if [[ "$SLACK_CHANNEL" != "ops-deploys" ]]; then
      reply "production deploys only from #ops-deploys"
      exit 0
    fi
    ;;
  *)
    reply "usage: /deploy <staging|sandbox|production>"
    exit 0
    ;;
esac

cd "$REPO_DIR"
git fetch --quiet origin main
git checkout --quiet --detach origin/main
SHA="$(git rev-parse --short HEAD)"

(
  echo "requested by ${SLACK_USER} in #${SLACK_CHANNEL}: ${TEXT}"
  ./scripts/release.sh --env "$ENVIRONMENT" --sha "$SHA"
) >>"$LOG_FILE" 2>&1 &

reply "deploying ${SHA} to ${ENVIRONMENT} for ${SLACK_USER} (log: $(basename "$LOG_FILE"))"
