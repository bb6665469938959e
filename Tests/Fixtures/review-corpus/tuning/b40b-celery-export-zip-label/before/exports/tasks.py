"""Background exports of tenant data."""
import csv
import logging
import os
import tempfile

from celery import shared_task
from django.core.files.storage import default_storage

from exports.models import Export
from orders.models import Order

log = logging.getLogger(__name__)

COLUMNS = ["number", "created_at", "total", "currency", "status"]


def _export_path(export: Export, ext: str) -> str:
    return f"exports/{export.tenant_id}/{export.pk}.{ext}"


@shared_task(acks_late=True)
def build_export(export_id: int) -> None:
    export = Export.objects.select_related("tenant").get(pk=export_id)
    export.mark_running()
    rows = Order.objects.filter(tenant=export.tenant).values_list(*COLUMNS)
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows.iterator(chunk_size=2000))
        tmp_path = fh.name
    try:
        with open(tmp_path, "rb") as src:
            saved = default_storage.save(_export_path(export, "csv"), src)
    finally:
        os.unlink(tmp_path)
    export.mark_done(saved)
    log.info("export %s done: %s", export_id, saved)
