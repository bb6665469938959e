#!/usr/bin/env bash
# Nightly job: bundle build artifacts and push them to the artifact bucket.
set -euo pipefail

: "${CI_PIPELINE_ID:?must run inside CI}"
: "${ARTIFACT_BUCKET:?}"

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

archive="$workdir/artifacts-${CI_PIPELINE_ID}.tar.zst"
echo "bundling dist/ and reports/ into $archive"
tar --zstd -cf "$archive" dist reports

sha256sum "$archive" > "$archive.sha256"

aws s3 cp "$archive" "s3://${ARTIFACT_BUCKET}/nightly/" --only-show-errors
aws s3 cp "$archive.sha256" "s3://${ARTIFACT_BUCKET}/nightly/" --only-show-errors

echo "uploaded $(basename "$archive")"
