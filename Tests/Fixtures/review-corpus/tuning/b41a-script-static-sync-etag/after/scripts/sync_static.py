#!/usr/bin/env python3
"""Upload collected static files to the CDN bucket, skipping unchanged ones.

Usage: scripts/sync_static.py build/static s3://acme-web-static/app [--dry-run]

S3 reports an object's ETag as the MD5 of its bytes for single-part uploads and
as md5(concat(part md5s))-<parts> for multipart ones, so we compute the same
value locally and compare instead of downloading anything.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import mimetypes
import sys
from pathlib import Path

import boto3
from boto3.s3.transfer import TransferConfig

log = logging.getLogger("sync_static")

CHUNK = 8 * 1024 * 1024
TRANSFER = TransferConfig(multipart_threshold=CHUNK, multipart_chunksize=CHUNK)
LONG_CACHE = "public, max-age=31536000, immutable"
SHORT_CACHE = "public, max-age=300"


def s3_etag(path: Path) -> str:
    size = path.stat().st_size
    with path.open("rb") as fh:
        if size <= CHUNK:
            return hashlib.md5(fh.read()).hexdigest()
        parts = [hashlib.md5(block).digest() for block in iter(lambda: fh.read(CHUNK), b"")]
    return f"{hashlib.md5(b''.join(parts)).hexdigest()}-{len(parts)}"


def remote_etags(s3, bucket: str, prefix: str) -> dict[str, str]:
    etags = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            etags[obj["Key"]] = obj["ETag"].strip('"')
    return etags


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", help="s3://bucket/prefix")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    bucket, _, prefix = args.target.removeprefix("s3://").partition("/")
    prefix = prefix.strip("/")
    s3 = boto3.client("s3")
    existing = remote_etags(s3, bucket, prefix)

    uploaded = skipped = 0
    for path in sorted(p for p in args.source.rglob("*") if p.is_file()):
        key = f"{prefix}/{path.relative_to(args.source).as_posix()}".lstrip("/")
        if existing.get(key) == s3_etag(path):
            skipped += 1
            continue
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        # hashed filenames from collectstatic's ManifestStaticFilesStorage never change
        cache = LONG_CACHE if path.suffix in {".js", ".css", ".woff2"} else SHORT_CACHE
        log.info("upload %s (%s)", key, content_type)
        if not args.dry_run:
            s3.upload_file(
                str(path),
                bucket,
                key,
                ExtraArgs={"ContentType": content_type, "CacheControl": cache},
                Config=TRANSFER,
            )
        uploaded += 1

    log.info("%d uploaded, %d unchanged", uploaded, skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
