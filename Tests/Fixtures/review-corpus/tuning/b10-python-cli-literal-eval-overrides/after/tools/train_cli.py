#!/usr/bin/env python3
"""Launch a forecasting training run from a YAML config."""
import argparse
import ast
import sys
from pathlib import Path

import yaml

from forecast.training import run_training


def parse_override(text: str) -> tuple[list[str], object]:
    """Parse 'model.lr=3e-4' or 'features=["temp", "holiday"]'."""
    key, sep, raw = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected key=value, got {text!r}")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        value = raw  # plain strings need no quoting
    return key.split("."), value


def apply_override(config: dict, path: list[str], value: object) -> None:
    node = config
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config", type=Path, help="YAML config file")
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        type=parse_override, metavar="KEY=VALUE")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    config = yaml.safe_load(args.config.read_text())
    for path, value in args.overrides:
        apply_override(config, path, value)
    if args.dry_run:
        yaml.safe_dump(config, sys.stdout, sort_keys=False)
        return 0
    run_training(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
