#!/usr/bin/env bash
set -euo pipefail

: "${DEPLOY_HOST:?}"
: "${DEPLOY_KEY_FILE:?}"
: "${DEPLOY_KNOWN_HOSTS:?}"
RELEASE=${CI_COMMIT_SHORT_SHA:?}

mkdir -p ~/.ssh
chmod 700 ~/.ssh
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >>~/.ssh/known_hosts

SSH_OPTS=(-i "$DEPLOY_KEY_FILE" -o StrictHostKeyChecking=yes)

rsync -az --delete -e "ssh ${SSH_OPTS[*]}" build/ "deploy@$DEPLOY_HOST:/srv/app/releases/$RELEASE/"
ssh "${SSH_OPTS[@]}" "deploy@$DEPLOY_HOST" /srv/app/bin/activate-release "$RELEASE"
