from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from psycopg import sql

PARENT_TABLE = "events_event"
PARTITION_PREFIX = "events_event_p"


def partition_name(day: date) -> str:
    return f"{PARTITION_PREFIX}{day:%Y%m%d}"


class Command(BaseCommand):
    help = "Create daily partitions of events_event ahead of time."

    def add_arguments(self, parser):
        parser.add_argument("--days-ahead", type=int, default=7)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days_ahead, dry_run, **options):
        if not 0 < days_ahead <= 60:
            raise CommandError("--days-ahead must be between 1 and 60")

        today = date.today()
        with connection.cursor() as cursor:
            for offset in range(days_ahead + 1):
                day = today + timedelta(days=offset)
                stmt = sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {partition} PARTITION OF {parent} "
                    "FOR VALUES FROM ({start}) TO ({end})"
                ).format(
                    partition=sql.Identifier(partition_name(day)),
                    parent=sql.Identifier(PARENT_TABLE),
                    start=sql.Literal(day.isoformat()),
                    end=sql.Literal((day + timedelta(days=1)).isoformat()),
                )
                self._execute(cursor, stmt, dry_run)
                self.stdout.write(f"ensured {partition_name(day)}")

    def _execute(self, cursor, stmt, dry_run):
        if dry_run:
            self.stdout.write(stmt.as_string(cursor.connection))
            return
        with transaction.atomic():
            cursor.execute(stmt)
