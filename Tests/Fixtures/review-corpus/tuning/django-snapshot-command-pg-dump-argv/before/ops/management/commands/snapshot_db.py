import datetime
import pathlib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Write a compressed snapshot of the default database to SNAPSHOT_DIR."

    def add_arguments(self, parser):
        parser.add_argument("--label", default="manual")
        parser.add_argument("--schema-only", action="store_true")

    def handle(self, *args, **options):
        db = settings.DATABASES["default"]
        stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
        out_dir = pathlib.Path(settings.SNAPSHOT_DIR)
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{db['NAME']}-{options['label']}-{stamp}.dump"
        self.stdout.write(f"Snapshot target: {target}")
        # TODO: run pg_dump once the ops image ships postgresql-client
