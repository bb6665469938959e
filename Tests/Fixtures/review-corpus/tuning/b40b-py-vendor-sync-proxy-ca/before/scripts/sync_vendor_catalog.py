#!/usr/bin/env python3
"""Nightly sync of the vendor product catalog into Postgres (cron: --since <date>)."""
import argparse
import logging
import os
import sys

import psycopg
import requests

API_BASE = "https://api.northwind-supply.com/v2"
log = logging.getLogger("sync_vendor_catalog")


def make_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['VENDOR_API_TOKEN']}"
    session.headers["Accept"] = "application/json"
    return session


def fetch_products(session: requests.Session, since: str):
    url = f"{API_BASE}/products"
    params = {"updated_since": since, "page_size": 500}
    while url:
        resp = session.get(url, params=params, timeout=30)
        resp.raise_for_status()
        payload = resp.json()
        yield from payload["items"]
        url, params = payload.get("next"), None


def upsert(conn, products) -> int:
    n = 0
    with conn.cursor() as cur:
        for p in products:
            cur.execute(
                "INSERT INTO vendor_products (sku, name, price_cents, updated_at) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (sku) DO UPDATE SET "
                "name = EXCLUDED.name, price_cents = EXCLUDED.price_cents, updated_at = EXCLUDED.updated_at",
                (p["sku"], p["name"], p["price_cents"], p["updated_at"]),
            )
            n += 1
    conn.commit()
    return n


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    with psycopg.connect(os.environ["CATALOG_DSN"]) as conn:
        count = upsert(conn, fetch_products(make_session(), args.since))
    log.info("upserted %d products", count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
