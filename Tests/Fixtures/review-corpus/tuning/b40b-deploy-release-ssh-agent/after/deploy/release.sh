#!/usr/bin/env bash
# Push a built release to the app hosts and flip the "current" symlink.
# Usage: deploy/release.sh <version>    e.g. deploy/release.sh 2024.06.3
set -euo pipefail

VERSION="${1:?usage: $0 <version>}"
if [[ ! "$VERSION" =~ ^[0-9]{4}\.[0-9]{2}\.[0-9]+$ ]]; then
  echo "bad version: $VERSION" >&2
  exit 2
fi

HOSTS_FILE="deploy/hosts/production.txt"
BUILD_DIR="dist/${VERSION}"
REMOTE_ROOT="/srv/app/releases"

[ -d "$BUILD_DIR" ] || { echo "missing $BUILD_DIR; run make dist first" >&2; exit 1; }

# CI runners have no agent running; start one for this deploy only and load the
# deploy key the job mounts, so rsync and ssh share a single key unlock.
if [ -z "${SSH_AUTH_SOCK:-}" ]; then
  eval "$(ssh-agent -s)" > /dev/null
  trap 'ssh-agent -k > /dev/null' EXIT
  ssh-add -q "${DEPLOY_KEY_FILE:?DEPLOY_KEY_FILE must point at the deploy key}"
fi

while read -r host; do
  [ -z "$host" ] && continue
  case "$host" in \#*) continue ;; esac
  echo "==> ${host}"
  rsync -az --delete "${BUILD_DIR}/" "deploy@${host}:${REMOTE_ROOT}/${VERSION}/"
  ssh -n "deploy@${host}" "ln -sfn ${REMOTE_ROOT}/${VERSION} /srv/app/current && sudo systemctl restart app.service"
done < "$HOSTS_FILE"

echo "released ${VERSION}"
