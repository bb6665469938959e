#!/usr/bin/env bash
# Usage: scripts/publish-release.sh v1.8.0
set -euo pipefail

tag="${1:?usage: publish-release.sh <tag>}"
repo="tideline-labs/harbor-agent"
: "${GITHUB_TOKEN:?export GITHUB_TOKEN with repo scope}"

api="https://api.github.com/repos/${repo}"
auth=(-H "Authorization: Bearer ${GITHUB_TOKEN}" -H "Accept: application/vnd.github+json")

make dist VERSION="${tag#v}"

release_id="$(curl -fsS "${auth[@]}" -X POST "${api}/releases" \
  -d "{\"tag_name\":\"${tag}\",\"name\":\"${tag}\",\"draft\":true}" | jq -r .id)"

for f in dist/*.tar.gz dist/SHA256SUMS; do
  echo "uploading $f"
  curl -fsS "${auth[@]}" -H "Content-Type: application/octet-stream" \
    --data-binary @"$f" \
    "https://uploads.github.com/repos/${repo}/releases/${release_id}/assets?name=$(basename "$f")" >/dev/null
done

echo "draft release ${tag} created: https://github.com/${repo}/releases"
