#!/usr/bin/env python3
"""Fetch the anonymised staging snapshot and unpack it into ./fixtures.

Usage: scripts/restore_fixtures.py [--snapshot 2024-06-01]
"""
import argparse
import logging
import pathlib
import shutil
import sys
import tarfile
import tempfile

import boto3

BUCKET = "acme-dev-fixtures"
log = logging.getLogger("restore-fixtures")

if sys.version_info < (3, 12):
    sys.exit("restore_fixtures.py needs Python 3.12+ (see .python-version)")


def latest_snapshot(s3) -> str:
    resp = s3.list_objects_v2(Bucket=BUCKET, Prefix="snapshots/")
    keys = sorted(o["Key"] for o in resp.get("Contents", []) if o["Key"].endswith(".tar.gz"))
    if not keys:
        sys.exit("no snapshots in bucket")
    return keys[-1]


def unpack(archive: pathlib.Path, dest: pathlib.Path) -> int:
    # Windows laptops don't have GNU tar on PATH, so use the stdlib.
    with tarfile.open(archive, "r:gz") as tar:
        members = tar.getmembers()
        tar.extractall(dest, members=members, filter="data")
    return len(members)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--snapshot", help="date of the snapshot, default: latest")
    parser.add_argument("--dest", type=pathlib.Path, default=pathlib.Path("fixtures"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    s3 = boto3.client("s3")
    key = f"snapshots/{args.snapshot}.tar.gz" if args.snapshot else latest_snapshot(s3)
    with tempfile.TemporaryDirectory() as tmp:
        archive = pathlib.Path(tmp) / "snapshot.tar.gz"
        log.info("downloading s3://%s/%s", BUCKET, key)
        s3.download_file(BUCKET, key, str(archive))
        shutil.rmtree(args.dest, ignore_errors=True)
        args.dest.mkdir(parents=True)
        count = unpack(archive, args.dest)
    log.info("restored %d entries into %s", count, args.dest)


if __name__ == "__main__":
    main()
