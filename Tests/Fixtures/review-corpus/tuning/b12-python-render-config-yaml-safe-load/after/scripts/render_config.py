#!/usr/bin/env python3
"""Render per-environment service config from deploy/envs/<env>.yaml.

Usage: render_config.py staging > out/staging.json
"""
import json
import sys
from pathlib import Path

import yaml

ENV_DIR = Path(__file__).resolve().parent.parent / "deploy" / "envs"
ALLOWED_ENVS = {"dev", "staging", "prod"}


def load_env(name: str) -> dict:
    if name not in ALLOWED_ENVS:
        raise SystemExit(f"unknown environment {name!r}; expected one of {sorted(ALLOWED_ENVS)}")
    base = yaml.safe_load((ENV_DIR / "base.yaml").read_text()) or {}
    overlay = yaml.safe_load((ENV_DIR / f"{name}.yaml").read_text()) or {}
    return deep_merge(base, overlay)


def deep_merge(a: dict, b: dict) -> dict:
    out = dict(a)
    for key, value in b.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    config = load_env(argv[1])
    json.dump(config, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))