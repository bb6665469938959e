#!/usr/bin/env python3
"""Dump one reporting table to a local file for ad-hoc analysis.

Usage: PGPASSWORD=... scripts/dump_table.py invoices --out /tmp/invoices.dump
"""
import argparse
import os
import subprocess
import sys

TABLES = ("invoices", "invoice_lines", "customers", "payments")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("table", choices=TABLES)
    parser.add_argument("--out", required=True)
    parser.add_argument("--host", default=os.environ.get("REPORTING_DB_HOST", "reporting-db.internal"))
    parser.add_argument("--user", default=os.environ.get("REPORTING_DB_USER", "analyst"))
    args = parser.parse_args()

    if "PGPASSWORD" not in os.environ:
        print("set PGPASSWORD first", file=sys.stderr)
        return 2

    cmd = [
        "pg_dump",
        "--host", args.host,
        "--username", args.user,
        "--format", "custom",
        "--table", f"public.{args.table}",
        "--file", args.out,
        "reporting",
    ]
    result = subprocess.run(cmd, check=False)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
