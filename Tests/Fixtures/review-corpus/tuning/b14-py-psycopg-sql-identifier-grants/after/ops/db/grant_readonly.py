#!/usr/bin/env python3
"""Create or refresh a read-only reporting role for one schema.

Usage: grant_readonly.py <role> <schema>   (DSN from $PGDSN)
"""
import os
import re
import sys

import psycopg
from psycopg import sql

NAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def main(role: str, schema: str) -> None:
    for value in (role, schema):
        if not NAME_RE.match(value):
            sys.exit(f"invalid identifier: {value!r}")

    with psycopg.connect(os.environ["PGDSN"], autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))

        stmts = [
            "GRANT USAGE ON SCHEMA {schema} TO {role}",
            "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {role}",
        ]
        for stmt in stmts:
            conn.execute(
                sql.SQL(stmt).format(schema=sql.Identifier(schema), role=sql.Identifier(role))
            )
        print(f"role {role} can read schema {schema}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])