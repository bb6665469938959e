#!/bin/sh
# Usage: scripts/release.sh <version>
# Tags the current main commit and pushes the tag; CI builds the artifacts from the tag.
set -eu

VERSION="${1:?usage: release.sh <version>}"
case "$VERSION" in
  v[0-9]*.[0-9]*.[0-9]*) ;;
  *) echo "version must look like v1.2.3" >&2; exit 2 ;;
esac
REPO="${GITHUB_REPOSITORY:-acme/ledger}"
: "${GITHUB_TOKEN:?set GITHUB_TOKEN (fine-grained, contents:write on $REPO)}"

BRANCH="$(git rev-parse --abbrev-ref HEAD)"
if [ "$BRANCH" != "main" ]; then
  echo "releases are cut from main (on $BRANCH)" >&2
  exit 1
fi

git fetch --tags origin
git tag -a "$VERSION" -m "Release $VERSION"
git push origin "$VERSION"

curl -fsS -X POST \
  -H "Authorization: Bearer $GITHUB_TOKEN" \
  -H "Accept: application/vnd.github+json" \
  "https://api.github.com/repos/$REPO/releases" \
  -d "{\"tag_name\":\"$VERSION\",\"name\":\"$VERSION\",\"generate_release_notes\":true}" >/dev/null
echo "Pushed $VERSION and created the GitHub release"
