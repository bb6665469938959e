#!/usr/bin/env bash
# Deploy the built static site and API bundle to the web hosts.
# Usage: scripts/deploy.sh <staging|production>
set -euo pipefail

ENVIRONMENT="${1:-}"
case "$ENVIRONMENT" in
  staging)    HOSTS=("web-stg-1.internal.acme.io") ;;
  production) HOSTS=("web-1.internal.acme.io" "web-2.internal.acme.io") ;;
  *) echo "usage: $0 <staging|production>" >&2; exit 64 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$ROOT/dist"
RELEASE="$(date -u +%Y%m%d%H%M%S)-$(git -C "$ROOT" rev-parse --short HEAD)"
REMOTE_USER="deploy"
REMOTE_BASE="/srv/acme/releases"
SSH_OPTS=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$ROOT/deploy/known_hosts")

log() { printf '[deploy %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# In CI the key arrives as a masked variable; locally fall back to the key file.
if [[ -n "${DEPLOY_SSH_KEY:-}" ]]; then
  eval "$(ssh-agent -s)" >/dev/null
  trap 'ssh-agent -k >/dev/null 2>&1 || true' EXIT
  ssh-add - <<<"$DEPLOY_SSH_KEY" 2>/dev/null
  log "loaded deploy key into ssh-agent"
else
  SSH_OPTS=(-i "${SSH_KEY:-$HOME/.ssh/acme_deploy}" "${SSH_OPTS[@]}")
fi

if [[ ! -d "$BUILD_DIR" ]]; then
  log "no build found at $BUILD_DIR; run 'make build' first"
  exit 1
fi

for host in "${HOSTS[@]}"; do
  log "uploading $RELEASE to $host"
  rsync -az --delete -e "ssh ${SSH_OPTS[*]}" \
    "$BUILD_DIR/" "$REMOTE_USER@$host:$REMOTE_BASE/$RELEASE/"

  log "activating $RELEASE on $host"
  ssh "${SSH_OPTS[@]}" "$REMOTE_USER@$host" \
    "ln -sfn '$REMOTE_BASE/$RELEASE' /srv/acme/current && sudo systemctl reload acme-api"
done

log "pruning old releases"
for host in "${HOSTS[@]}"; do
  ssh "${SSH_OPTS[@]}" "$REMOTE_USER@$host" \
    "cd '$REMOTE_BASE' && ls -1t | tail -n +6 | xargs -r rm -rf --"
done

log "done: $ENVIRONMENT is on $RELEASE"
