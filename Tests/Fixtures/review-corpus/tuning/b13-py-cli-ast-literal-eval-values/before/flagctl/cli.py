"""Small CLI for poking at feature flags stored in the config service."""

import argparse
import json
import sys

from flagctl.client import FlagClient


def parse_value(raw: str):
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="flagctl")
    sub = parser.add_subparsers(dest="cmd", required=True)

    set_cmd = sub.add_parser("set", help="set a flag value")
    set_cmd.add_argument("flag")
    set_cmd.add_argument("value")

    get_cmd = sub.add_parser("get", help="print a flag value")
    get_cmd.add_argument("flag")

    args = parser.parse_args(argv)
    client = FlagClient.from_env()

    if args.cmd == "set":
        client.set(args.flag, parse_value(args.value))
    else:
        json.dump(client.get(args.flag), sys.stdout)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())