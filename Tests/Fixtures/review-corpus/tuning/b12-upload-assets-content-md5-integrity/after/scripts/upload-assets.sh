#!/usr/bin/env bash
# Upload built static assets to the CDN origin bucket.
# S3 checks Content-MD5 on arrival, so a truncated upload is rejected
# instead of being served. MD5 is what the S3 API requires for this header.
set -euo pipefail

DIST_DIR="${1:-dist}"
BUCKET="${ASSETS_BUCKET:?set ASSETS_BUCKET}"
PREFIX="assets/$(git rev-parse --short HEAD)"

find "$DIST_DIR" -type f -print0 | while IFS= read -r -d '' file; do
  key="${PREFIX}/${file#"$DIST_DIR"/}"
  content_md5="$(openssl dgst -md5 -binary "$file" | base64)"
  case "$file" in
    *.js)   ctype="application/javascript" ;;
    *.css)  ctype="text/css" ;;
    *.svg)  ctype="image/svg+xml" ;;
    *.woff2) ctype="font/woff2" ;;
    *)      ctype="application/octet-stream" ;;
  esac
  aws s3api put-object \
    --bucket "$BUCKET" \
    --key "$key" \
    --body "$file" \
    --content-type "$ctype" \
    --content-md5 "$content_md5" \
    --cache-control "public, max-age=31536000, immutable" \
    >/dev/null
  echo "uploaded $key"
done