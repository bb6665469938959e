#!/usr/bin/env bash
set -euo pipefail

: "${DEPLOY_HOST:?}"
: "${DEPLOY_KEY_FILE:?}"
: "${DEPLOY_KNOWN_HOSTS:?}"
: "${DEPLOY_BASTION:?}"
RELEASE=${CI_COMMIT_SHORT_SHA:?}
[[ $RELEASE =~ ^[0-9a-f]{7,40}$ ]] || { echo "unexpected release id: $RELEASE" >&2; exit 1; }

mkdir -p ~/.ssh
chmod 700 ~/.ssh
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >>~/.ssh/known_hosts

# The app hosts moved behind a bastion; use an agent so the key is not copied onto it.
eval "$(ssh-agent -s)" >/dev/null
trap 'ssh-agent -k >/dev/null' EXIT
ssh-add -q "$DEPLOY_KEY_FILE"

SSH_OPTS=(-o StrictHostKeyChecking=yes -J "deploy@$DEPLOY_BASTION")

rsync -az --delete -e "ssh ${SSH_OPTS[*]}" build/ "deploy@$DEPLOY_HOST:/srv/app/releases/$RELEASE/"
ssh "${SSH_OPTS[@]}" "deploy@$DEPLOY_HOST" /srv/app/bin/activate-release "$RELEASE"
