#!/usr/bin/env bash
# Deploys a built release tarball to the app servers and flips the `current` symlink.
# Usage: scripts/deploy.sh <environment> <release-tarball>
set -euo pipefail

ENVIRONMENT="${1:?environment required (staging|production)}"
TARBALL="${2:?release tarball required}"

case "$ENVIRONMENT" in
  staging)    HOSTS=(app-stg-1.int.acme.example) ;;
  production) HOSTS=(app-prd-1.int.acme.example app-prd-2.int.acme.example app-prd-3.int.acme.example) ;;
  *) echo "unknown environment: $ENVIRONMENT" >&2; exit 2 ;;
esac

DEPLOY_USER="${DEPLOY_USER:-deploy}"
APP_DIR="/srv/storefront"
RELEASE="$(date -u +%Y%m%d%H%M%S)"
KEEP_RELEASES=5

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if [[ ! -f "$TARBALL" ]]; then
  echo "no such file: $TARBALL" >&2
  exit 1
fi

SSH_OPTS=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$(dirname "$0")/known_hosts")

for host in "${HOSTS[@]}"; do
  log "uploading release $RELEASE to $host"
  ssh "${SSH_OPTS[@]}" "$DEPLOY_USER@$host" "mkdir -p '$APP_DIR/releases/$RELEASE'"
  scp "${SSH_OPTS[@]}" "$TARBALL" "$DEPLOY_USER@$host:$APP_DIR/releases/$RELEASE/release.tar.gz"
  ssh "${SSH_OPTS[@]}" "$DEPLOY_USER@$host" bash -s -- "$APP_DIR" "$RELEASE" <<'REMOTE'
set -euo pipefail
app_dir="$1"; release="$2"
cd "$app_dir/releases/$release"
tar -xzf release.tar.gz && rm release.tar.gz
ln -sfn "$app_dir/shared/.env" .env
ln -sfn "$app_dir/shared/storage" storage
REMOTE
done

for host in "${HOSTS[@]}"; do
  log "activating $RELEASE on $host"
  ssh "${SSH_OPTS[@]}" "$DEPLOY_USER@$host" \
    "ln -sfn '$APP_DIR/releases/$RELEASE' '$APP_DIR/current' && sudo systemctl reload storefront"
done

for host in "${HOSTS[@]}"; do
  log "pruning old releases on $host"
  ssh "${SSH_OPTS[@]}" "$DEPLOY_USER@$host" \
    "cd '$APP_DIR/releases' && ls -1t | tail -n +$((KEEP_RELEASES + 1)) | xargs -r rm -rf"
done

log "deployed $RELEASE to $ENVIRONMENT"
