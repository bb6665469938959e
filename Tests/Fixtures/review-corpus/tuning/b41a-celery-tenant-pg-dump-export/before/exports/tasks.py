import logging
import os
import tempfile

from celery import shared_task

from exports.csv import write_table_csv
from exports.models import ExportRequest
from exports.storage import upload_export

log = logging.getLogger(__name__)

EXPORTABLE_TABLES = ("contacts", "deals", "activities", "notes")


def _requested_tables(req):
    wanted = req.tables or EXPORTABLE_TABLES
    return [t for t in wanted if t in EXPORTABLE_TABLES]


@shared_task(bind=True, acks_late=True, time_limit=1800)
def export_tenant_csv(self, request_id):
    req = ExportRequest.objects.select_related("tenant").get(pk=request_id)
    req.mark_running()
    with tempfile.TemporaryDirectory() as tmp:
        for table in _requested_tables(req):
            write_table_csv(req.tenant, table, os.path.join(tmp, f"{table}.csv"))
        key = upload_export(tmp, prefix=f"exports/{req.tenant_id}/{req.id}")
    req.mark_ready(key)
    log.info("csv export %s ready for tenant %s", req.id, req.tenant_id)
