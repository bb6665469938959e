#!/usr/bin/env bash
# Invoked by the webhook relay with the raw GitHub push payload on stdin.
set -euo pipefail

REPO_DIR=/srv/build/app
LOG=/var/log/release-hook.log

payload=$(cat)
ref=$(jq -r '.ref' <<<"$payload")

case "$ref" in
  refs/tags/v*) ;;
  *) echo "ignoring $ref" >>"$LOG"; exit 0 ;;
esac

tag=${ref#refs/tags/}
if [[ ! $tag =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "refusing odd tag name: $tag" >>"$LOG"
  exit 1
fi

cd "$REPO_DIR"
git fetch --tags --quiet origin
git checkout --quiet "refs/tags/$tag"
make release VERSION="$tag" >>"$LOG" 2>&1
