#!/usr/bin/env python3
"""Reset the local development database and load seed data.

Only ever run this against the docker-compose stack on your machine.
"""
import os
import sys

LOCAL_HOSTS = {"localhost", "127.0.0.1", "db"}


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    host = os.environ.get("DATABASE_HOST", "localhost")
    if host not in LOCAL_HOSTS:
        print(f"refusing to reset non-local database host {host!r}", file=sys.stderr)
        return 1

    import django
    from django.core.management import call_command

    django.setup()
    call_command("flush", interactive=False)
    call_command("migrate", interactive=False)
    call_command("loaddata", "seed/users.json", "seed/projects.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
