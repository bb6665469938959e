#!/usr/bin/env python3
"""Launch a forecasting training run from a YAML config."""
import argparse
import sys
from pathlib import Path

import yaml

from forecast.training import run_training


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config", type=Path, help="YAML config file")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    config = yaml.safe_load(args.config.read_text())
    if args.dry_run:
        yaml.safe_dump(config, sys.stdout, sort_keys=False)
        return 0
    run_training(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
