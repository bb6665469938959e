#!/usr/bin/env python3
"""Nightly pull of the Brightline partner catalogue into our products table.

Run from cron on the ops box:  scripts/sync_partner_catalog.py --since 2d
"""
import argparse
import logging
import os
import sys

import requests
import urllib3

from catalog.db import upsert_products

BASE_URL = "https://api.brightline-partners.com/v2"
PAGE_SIZE = 500

# Brightline rotated to a new intermediate CA that the ops box bundle doesn't have yet;
# skip verification until the base image is rebuilt (OPS-2291).
VERIFY_TLS = False

log = logging.getLogger("sync_partner_catalog")


def _session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {os.environ['BRIGHTLINE_API_KEY']}"
    s.headers["Accept"] = "application/json"
    s.verify = VERIFY_TLS
    if not VERIFY_TLS:
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    return s


def fetch_pages(session: requests.Session, since: str):
    cursor = None
    while True:
        params = {"updated_since": since, "limit": PAGE_SIZE}
        if cursor:
            params["cursor"] = cursor
        resp = session.get(f"{BASE_URL}/products", params=params, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield body["items"]
        cursor = body.get("next_cursor")
        if not cursor:
            return


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="1d")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    total = 0
    for items in fetch_pages(_session(), args.since):
        total += upsert_products(items, source="brightline")
    log.info("upserted %d products", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
