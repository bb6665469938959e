import ast
import csv

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalog.models import Product, Tag


class Command(BaseCommand):
    help = "Import products from the legacy shop export (products.csv)."

    def add_arguments(self, parser):
        parser.add_argument("csv_path")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, csv_path, dry_run, **options):
        created = 0
        try:
            fh = open(csv_path, newline="", encoding="utf-8")
        except OSError as exc:
            raise CommandError(exc)

        with fh, transaction.atomic():
            for row in csv.DictReader(fh):
                # The old system wrote tags as a Python repr, e.g. "['sale', 'summer']".
                try:
                    tags = ast.literal_eval(row["tags"] or "[]")
                except (ValueError, SyntaxError):
                    tags = []
                product, was_created = Product.objects.update_or_create(
                    sku=row["sku"],
                    defaults={"name": row["name"], "price": row["price"]},
                )
                product.tags.set(Tag.objects.get_or_create(name=str(t))[0] for t in tags)
                created += was_created
            if dry_run:
                transaction.set_rollback(True)

        self.stdout.write(self.style.SUCCESS(f"{created} products created"))