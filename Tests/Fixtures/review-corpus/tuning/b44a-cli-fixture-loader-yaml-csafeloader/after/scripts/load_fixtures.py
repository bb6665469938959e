#!/usr/bin/env python3
"""Load seed data from fixtures/*.yaml into the local development database."""
import argparse
import pathlib

import yaml
from sqlalchemy import create_engine, text

FIXTURE_DIR = pathlib.Path(__file__).resolve().parent.parent / "fixtures"

# libyaml-backed loader is ~10x faster on the big schedules fixture.
YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_fixture(path: pathlib.Path) -> list[dict]:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=YamlLoader) or []
    if not isinstance(data, list):
        raise SystemExit(f"{path.name}: expected a list of rows")
    return data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default="postgresql://localhost/roster_dev")
    parser.add_argument("names", nargs="*", help="fixture names without .yaml (default: all)")
    args = parser.parse_args()

    engine = create_engine(args.database_url)
    paths = [FIXTURE_DIR / f"{n}.yaml" for n in args.names] or sorted(FIXTURE_DIR.glob("*.yaml"))
    with engine.begin() as conn:
        for path in paths:
            table = path.stem
            rows = read_fixture(path)
            for row in rows:
                cols = ", ".join(row)
                binds = ", ".join(f":{c}" for c in row)
                conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({binds})"), row)
            print(f"{table}: {len(rows)} rows")


if __name__ == "__main__":
    main()
