#!/usr/bin/env bash
# Publishes every workspace package whose version is not yet on the registry.
# Runs in CI on release tags; NPM_TOKEN and GITHUB_TOKEN come from the job environment.
set -euo pipefail

REGISTRY="${REGISTRY:-https://registry.npmjs.org}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

: "${NPM_TOKEN:?NPM_TOKEN must be set}"
: "${GITHUB_TOKEN:?GITHUB_TOKEN must be set}"

printf '//%s/:_authToken=%s\n' "${REGISTRY#https://}" "$NPM_TOKEN" > "$ROOT/.npmrc"
trap 'rm -f "$ROOT/.npmrc"' EXIT

for pkg in "$ROOT"/packages/*/; do
  name=$(jq -r .name "$pkg/package.json")
  version=$(jq -r .version "$pkg/package.json")
  if npm view "$name@$version" version --registry "$REGISTRY" >/dev/null 2>&1; then
    echo "skip $name@$version (already published)"
    continue
  fi
  echo "publishing $name@$version"
  (cd "$pkg" && npm publish --access public --registry "$REGISTRY")
  curl -fsS -X POST \
    -H "Authorization: Bearer $GITHUB_TOKEN" \
    -H "Accept: application/vnd.github+json" \
    "https://api.github.com/repos/${GITHUB_REPOSITORY}/releases" \
    -d "{\"tag_name\":\"$name@$version\",\"name\":\"$name $version\"}"
done
