#!/usr/bin/env bash
# Invoked by the webhook relay with the raw GitHub push payload on stdin.
set -euo pipefail

REPO_DIR=/srv/build/app
LOG=/var/log/release-hook.log

payload=$(cat)
ref=$(jq -r '.ref' <<<"$payload")
pusher=$(jq -r '.pusher.name' <<<"$payload")

case "$ref" in
  refs/tags/v*) ;;
  *) echo "ignoring $ref" >>"$LOG"; exit 0 ;;
esac

# pre-release tags (v1.4.0-rc.1, v2.0.0-beta+build.7) are allowed now
tag=${ref#refs/tags/}

cd "$REPO_DIR"
# build as the unprivileged deploy user instead of the relay's account
sudo -u deploy bash -c "git fetch --tags --quiet origin && git checkout --quiet refs/tags/$tag && make release VERSION=$tag RELEASED_BY=$pusher" >>"$LOG" 2>&1
