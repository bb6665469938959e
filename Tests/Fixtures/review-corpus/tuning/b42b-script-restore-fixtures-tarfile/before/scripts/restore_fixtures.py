#!/usr/bin/env python3
"""Fetch the anonymised staging snapshot and unpack it into ./fixtures.

Usage: scripts/restore_fixtures.py [--snapshot 2024-06-01]
"""
import argparse
import logging
import pathlib
import shutil
import subprocess
import sys
import tempfile

import boto3

BUCKET = "acme-dev-fixtures"
log = logging.getLogger("restore-fixtures")


def latest_snapshot(s3) -> str:
    resp = s3.list_objects_v2(Bucket=BUCKET, Prefix="snapshots/")
    keys = sorted(o["Key"] for o in resp.get("Contents", []) if o["Key"].endswith(".tar.gz"))
    if not keys:
        sys.exit("no snapshots in bucket")
    return keys[-1]


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
        subprocess.run(["tar", "-xzf", str(archive), "-C", str(args.dest)], check=True)
    log.info("fixtures restored into %s", args.dest)


if __name__ == "__main__":
    main()
