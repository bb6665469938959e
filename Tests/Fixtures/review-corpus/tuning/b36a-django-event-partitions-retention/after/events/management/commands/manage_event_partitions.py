from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from psycopg import sql

PARENT_TABLE = "events_event"
PARTITION_PREFIX = "events_event_p"


def partition_name(day: date) -> str:
    return f"{PARTITION_PREFIX}{day:%Y%m%d}"


class Command(BaseCommand):
    help = "Create daily partitions of events_event ahead of time and drop expired ones."

    def add_arguments(self, parser):
        parser.add_argument("--days-ahead", type=int, default=7)
        parser.add_argument(
            "--retention-days",
            type=int,
            default=None,
            help="Detach and drop partitions whose day is older than this many days.",
        )
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days_ahead, retention_days, dry_run, **options):
        if not 0 < days_ahead <= 60:
            raise CommandError("--days-ahead must be between 1 and 60")
        if retention_days is not None and retention_days < 30:
            raise CommandError("--retention-days must be at least 30")

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

            if retention_days is not None:
                self._drop_expired(cursor, today - timedelta(days=retention_days), dry_run)

    def _drop_expired(self, cursor, cutoff, dry_run):
        cursor.execute(
            """
            SELECT c.relname
            FROM pg_inherits i
            JOIN pg_class c ON c.oid = i.inhrelid
            JOIN pg_class p ON p.oid = i.inhparent
            WHERE p.relname = %s AND c.relname LIKE %s
            ORDER BY c.relname
            """,
            [PARENT_TABLE, PARTITION_PREFIX + "%"],
        )
        oldest_kept = partition_name(cutoff)
        for (name,) in cursor.fetchall():
            # names are events_event_pYYYYMMDD, so string order is date order
            if len(name) != len(oldest_kept) or name >= oldest_kept:
                continue
            for template in (
                "ALTER TABLE {parent} DETACH PARTITION {partition}",
                "DROP TABLE {partition}",
            ):
                stmt = sql.SQL(template).format(
                    parent=sql.Identifier(PARENT_TABLE),
                    partition=sql.Identifier(name),
                )
                self._execute(cursor, stmt, dry_run)
            self.stdout.write(f"dropped {name}")

    def _execute(self, cursor, stmt, dry_run):
        if dry_run:
            self.stdout.write(stmt.as_string(cursor.connection))
            return
        with transaction.atomic():
            cursor.execute(stmt)
