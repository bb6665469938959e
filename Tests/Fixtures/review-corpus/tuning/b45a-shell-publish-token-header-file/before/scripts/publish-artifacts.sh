#!/usr/bin/env bash
set -euo pipefail

VERSION=${1:?usage: publish-artifacts.sh VERSION}
DIST_DIR=${DIST_DIR:-dist}
REGISTRY_URL=https://artifacts.internal.example.com/repository/releases

if [[ ! -d $DIST_DIR ]]; then
  echo "no $DIST_DIR directory; run make dist first" >&2
  exit 1
fi

for f in "$DIST_DIR"/*.tar.gz; do
  sha256sum "$f" >"$f.sha256"
  curl --fail --silent --show-error \
    --netrc-file "$HOME/.netrc-artifacts" \
    --upload-file "$f" "$REGISTRY_URL/$VERSION/$(basename "$f")"
  curl --fail --silent --show-error \
    --netrc-file "$HOME/.netrc-artifacts" \
    --upload-file "$f.sha256" "$REGISTRY_URL/$VERSION/$(basename "$f").sha256"
done
echo "published $VERSION"
