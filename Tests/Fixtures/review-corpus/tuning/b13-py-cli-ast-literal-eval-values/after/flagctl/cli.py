"""Small CLI for poking at feature flags stored in the config service."""

import argparse
import ast
import json
import sys

from flagctl.client import FlagClient


def parse_value(raw: str):
    """Accept JSON, or Python literals such as True, None, (1, 2) that people type by habit."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        pass
    try:
        # literal_eval only accepts literals (str, numbers, tuples, lists, dicts, sets,
        # booleans, None); names, calls and attribute access raise ValueError.
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
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