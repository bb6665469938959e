#!/usr/bin/env python3
"""Regenerate missing 320px thumbnails for product images in the media bucket."""
import argparse
import io
import logging

import boto3
from PIL import Image

log = logging.getLogger("backfill_thumbnails")
BUCKET = "northwind-media-prod"


def iter_originals(s3, prefix):
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["Key"].endswith((".jpg", ".png")) and "/thumbs/" not in obj["Key"]:
                yield obj["Key"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", default="products/")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    s3 = boto3.client("s3", region_name="eu-west-1")
    for key in iter_originals(s3, args.prefix):
        thumb_key = key.rsplit("/", 1)[0] + "/thumbs/" + key.rsplit("/", 1)[1]
        if args.dry_run:
            log.info("would write %s", thumb_key)
            continue
        body = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
        img = Image.open(io.BytesIO(body))
        img.thumbnail((320, 320))
        out = io.BytesIO()
        img.save(out, format=img.format or "JPEG")
        s3.put_object(Bucket=BUCKET, Key=thumb_key, Body=out.getvalue())
        log.info("wrote %s", thumb_key)


if __name__ == "__main__":
    main()
