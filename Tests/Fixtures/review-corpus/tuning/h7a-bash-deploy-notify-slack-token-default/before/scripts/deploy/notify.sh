#!/usr/bin/env bash
# Post a deploy start/finish message to #deploys.
#
# usage: notify.sh <started|succeeded|failed> <environment> [git-ref]
set -euo pipefail

STATUS="${1:?status required}"
ENVIRONMENT="${2:?environment required}"
REF="${3:-$(git rev-parse --short HEAD)}"

: "${SLACK_BOT_TOKEN:?SLACK_BOT_TOKEN must be set (see 1Password: Deploy Bot)}"
SLACK_CHANNEL="${SLACK_CHANNEL:-C04DEPLOYS}"

ACTOR="${GITHUB_ACTOR:-$(whoami)}"
RUN_URL=""
if [[ -n "${GITHUB_RUN_ID:-}" ]]; then
  RUN_URL="${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}"
fi

case "$STATUS" in
  started)   EMOJI=":rocket:" ;;
  succeeded) EMOJI=":white_check_mark:" ;;
  failed)    EMOJI=":rotating_light:" ;;
  *) echo "unknown status: $STATUS" >&2; exit 2 ;;
esac

TEXT="${EMOJI} deploy *${STATUS}* — \`${REF}\` → *${ENVIRONMENT}* by ${ACTOR}"
if [[ -n "$RUN_URL" ]]; then
  TEXT="${TEXT} (<${RUN_URL}|run>)"
fi

payload=$(jq -n --arg channel "$SLACK_CHANNEL" --arg text "$TEXT" '{channel: $channel, text: $text}')

response=$(curl -sS --fail-with-body \
  -H "Authorization: Bearer ${SLACK_BOT_TOKEN}" \
  -H "Content-Type: application/json; charset=utf-8" \
  --data "$payload" \
  https://slack.com/api/chat.postMessage)

if [[ "$(jq -r '.ok' <<<"$response")" != "true" ]]; then
  echo "slack notify failed: $(jq -r '.error' <<<"$response")" >&2
  # never fail a deploy because Slack is down
fi
