#!/usr/bin/env python3
"""Upload changed release artifacts to S3, skipping files whose ETag already matches.

Single-part uploads get an ETag equal to the hex MD5 of the object, so comparing
against a local MD5 is the cheapest way to skip unchanged files.
"""
import argparse
import hashlib
import pathlib

import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")


def local_etag(path: pathlib.Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def remote_etag(bucket: str, key: str) -> str | None:
    try:
        return s3.head_object(Bucket=bucket, Key=key)["ETag"].strip('"')
    except ClientError as err:
        if err.response["Error"]["Code"] in ("404", "NoSuchKey"):
            return None
        raise


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("bucket")
    ap.add_argument("--prefix", default="releases/")
    ap.add_argument("--dir", default="dist", type=pathlib.Path)
    args = ap.parse_args()

    for path in sorted(args.dir.rglob("*")):
        if not path.is_file():
            continue
        key = args.prefix + path.relative_to(args.dir).as_posix()
        if remote_etag(args.bucket, key) == local_etag(path):
            print(f"= {key}")
            continue
        s3.upload_file(str(path), args.bucket, key)
        print(f"+ {key}")


if __name__ == "__main__":
    main()