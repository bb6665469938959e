#!/usr/bin/env bash
set -euo pipefail

VERSION=${1:?usage: publish-artifacts.sh VERSION}
DIST_DIR=${DIST_DIR:-dist}
REGISTRY_URL=https://artifacts.internal.example.com/repository/releases
: "${ARTIFACTS_TOKEN:?ARTIFACTS_TOKEN must be set (CI secret: artifacts-publish-token)}"

if [[ ! -d $DIST_DIR ]]; then
  echo "no $DIST_DIR directory; run make dist first" >&2
  exit 1
fi

# Keep the token out of argv (visible in ps) by handing curl a header file.
auth_header=$(mktemp)
trap 'rm -f "$auth_header"' EXIT
chmod 600 "$auth_header"
printf 'Authorization: Bearer %s\n' "$ARTIFACTS_TOKEN" >"$auth_header"

for f in "$DIST_DIR"/*.tar.gz; do
  sha256sum "$f" >"$f.sha256"
  curl --fail --silent --show-error -H @"$auth_header" \
    --upload-file "$f" "$REGISTRY_URL/$VERSION/$(basename "$f")"
  curl --fail --silent --show-error -H @"$auth_header" \
    --upload-file "$f.sha256" "$REGISTRY_URL/$VERSION/$(basename "$f").sha256"
done
echo "published $VERSION"
