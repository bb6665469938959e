#!/usr/bin/env python3
"""Trim systemd journal for one unit on a list of hosts.

Usage: vacuum_journal.py --unit berth-agent --days 14 host1 host2 ...
"""
import argparse
import re
import shlex
import subprocess
import sys

UNIT_RE = re.compile(r"^[A-Za-z0-9@._-]+$")


def remote_command(unit: str, days: int) -> str:
    return shlex.join(
        ["sudo", "journalctl", "--unit", unit, "--vacuum-time", f"{days}d"]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--unit", required=True)
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("hosts", nargs="+")
    args = parser.parse_args()

    if not UNIT_RE.match(args.unit):
        parser.error(f"invalid unit name: {args.unit!r}")

    failed = []
    for host in args.hosts:
        cmd = ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", host,
               remote_command(args.unit, args.days)]
        print("+", shlex.join(cmd), file=sys.stderr)
        result = subprocess.run(cmd, check=False)
        if result.returncode != 0:
            failed.append(host)

    if failed:
        print("failed on: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())