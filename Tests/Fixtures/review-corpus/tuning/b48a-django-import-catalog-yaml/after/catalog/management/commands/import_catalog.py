import json
from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalog.models import Category, Product


class Command(BaseCommand):
    help = "Import categories and products from a catalog export file."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, path, dry_run, **options):
        if not path.exists():
            raise CommandError(f"{path} does not exist")
        text = path.read_text(encoding="utf-8")
        if path.suffix in {".yml", ".yaml"}:
            # merchandising keeps the seasonal catalog in YAML
            data = yaml.safe_load(text) or {}
        else:
            data = json.loads(text)

        with transaction.atomic():
            for cat in data.get("categories", []):
                Category.objects.update_or_create(slug=cat["slug"], defaults={"name": cat["name"]})
            for item in data.get("products", []):
                Product.objects.update_or_create(
                    sku=item["sku"],
                    defaults={
                        "name": item["name"],
                        "price_cents": int(item["price_cents"]),
                        "category": Category.objects.get(slug=item["category"]),
                    },
                )
            if dry_run:
                transaction.set_rollback(True)

        self.stdout.write(self.style.SUCCESS(f"Imported {len(data.get('products', []))} products"))
