"""csvslice: cut columns and rows out of large local CSV exports.

    csvslice data/export.csv --columns id,email --where country=DE -o out.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import click


@click.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--columns", "-c", default="", help="Comma-separated columns to keep (default: all).")
@click.option("--where", "-w", multiple=True, help="Keep rows where COLUMN=VALUE (repeatable).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None)
def main(source: Path, columns: str, where: tuple[str, ...], output: Path | None) -> None:
    """Read SOURCE and write the selected slice to OUTPUT or stdout."""
    filters = []
    for cond in where:
        key, sep, value = cond.partition("=")
        if not sep:
            raise click.BadParameter(f"expected COLUMN=VALUE, got {cond!r}", param_hint="--where")
        filters.append((key, value))

    with source.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        keep = [c for c in columns.split(",") if c] or list(reader.fieldnames or [])
        missing = [c for c in keep if c not in (reader.fieldnames or [])]
        if missing:
            raise click.UsageError(f"unknown columns: {', '.join(missing)}")

        out_fh = output.open("w", newline="", encoding="utf-8") if output else sys.stdout
        try:
            writer = csv.DictWriter(out_fh, fieldnames=keep, extrasaction="ignore")
            writer.writeheader()
            for row in reader:
                if all(row.get(k) == v for k, v in filters):
                    writer.writerow(row)
        finally:
            if output:
                out_fh.close()


if __name__ == "__main__":
    main()