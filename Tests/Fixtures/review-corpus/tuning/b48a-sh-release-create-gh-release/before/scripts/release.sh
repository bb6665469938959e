#!/bin/sh
# Usage: scripts/release.sh <version>
# Tags the current main commit and pushes the tag; CI builds the artifacts from the tag.
set -eu

VERSION="${1:?usage: release.sh <version>}"
case "$VERSION" in
  v[0-9]*.[0-9]*.[0-9]*) ;;
  *) echo "version must look like v1.2.3" >&2; exit 2 ;;
esac

BRANCH="$(git rev-parse --abbrev-ref HEAD)"
if [ "$BRANCH" != "main" ]; then
  echo "releases are cut from main (on $BRANCH)" >&2
  exit 1
fi

git fetch --tags origin
git tag -a "$VERSION" -m "Release $VERSION"
git push origin "$VERSION"
echo "Pushed $VERSION"
