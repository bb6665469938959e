#!/usr/bin/env python3
"""Draft CHANGELOG entries from conventional-commit subjects."""
import argparse
import re
import subprocess

SECTIONS = {
    "feat": "Features",
    "fix": "Bug fixes",
    "perf": "Performance",
}
PATTERN = re.compile(r"^(?P<type>\w+)(\((?P<scope>[^)]+)\))?!?: (?P<subject>.+)$")


def group(subjects):
    out = {title: [] for title in SECTIONS.values()}
    for line in subjects:
        m = PATTERN.match(line)
        if m and m["type"] in SECTIONS:
            out[SECTIONS[m["type"]]].append(m["subject"])
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", required=True, help="previous release tag")
    args = parser.parse_args()
    result = subprocess.run(
        ["git", "log", "--no-merges", "--pretty=format:%s", f"{args.since}..HEAD"],
        check=True,
        capture_output=True,
        text=True,
    )
    subjects = result.stdout.splitlines()
    for title, items in group(subjects).items():
        if items:
            print(f"### {title}\n")
            for item in items:
                print(f"- {item}")
            print()


if __name__ == "__main__":
    main()
