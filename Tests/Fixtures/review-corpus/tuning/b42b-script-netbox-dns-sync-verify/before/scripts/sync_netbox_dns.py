#!/usr/bin/env python3
"""Push A/PTR records for active NetBox IPs into PowerDNS.

Runs hourly from the ops cron host. Needs NETBOX_TOKEN and PDNS_API_KEY.
"""
import argparse
import logging
import os
import sys

import requests

NETBOX_URL = "https://netbox.int.corp-ops.net"
PDNS_URL = "https://pdns-api.int.corp-ops.net"
CA_BUNDLE = os.environ.get("CORP_CA_BUNDLE", "/etc/ssl/certs/corp-root-ca.pem")

log = logging.getLogger("netbox-dns")


def make_session(token_header: str, token: str) -> requests.Session:
    session = requests.Session()
    session.headers[token_header] = token
    session.verify = CA_BUNDLE
    return session


def active_ips(netbox: requests.Session) -> list[dict]:
    url, out = f"{NETBOX_URL}/api/ipam/ip-addresses/?status=active&limit=500", []
    while url:
        page = netbox.get(url, timeout=30).json()
        out.extend(ip for ip in page["results"] if ip.get("dns_name"))
        url = page["next"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zone", default="int.corp-ops.net.")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    netbox = make_session("Authorization", f"Token {os.environ['NETBOX_TOKEN']}")
    pdns = make_session("X-API-Key", os.environ["PDNS_API_KEY"])
    records = [{"name": ip["dns_name"] + ".", "content": ip["address"].split("/")[0]} for ip in active_ips(netbox)]
    log.info("%d records for %s", len(records), args.zone)
    if args.dry_run:
        return 0
    resp = pdns.patch(f"{PDNS_URL}/api/v1/servers/localhost/zones/{args.zone}", json={"records": records}, timeout=30)
    resp.raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
