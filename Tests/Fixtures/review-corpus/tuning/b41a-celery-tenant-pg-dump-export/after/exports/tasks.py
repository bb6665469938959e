import logging
import os
import re
import subprocess
import tempfile

from celery import shared_task
from django.conf import settings

from exports.csv import write_table_csv
from exports.models import ExportRequest
from exports.storage import upload_export

log = logging.getLogger(__name__)

EXPORTABLE_TABLES = ("contacts", "deals", "activities", "notes")
TENANT_SCHEMA = re.compile(r"tenant_[0-9]{1,10}")


class ExportFailed(Exception):
    pass


def _requested_tables(req):
    wanted = req.tables or EXPORTABLE_TABLES
    return [t for t in wanted if t in EXPORTABLE_TABLES]


def _pg_dump_argv(schema, tables, outfile):
    argv = [
        settings.PG_DUMP_BIN,
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        f"--file={outfile}",
        f"--dbname={settings.EXPORT_DATABASE_URL}",
    ]
    argv += [f"--table={schema}.{table}" for table in tables]
    return argv


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


@shared_task(bind=True, acks_late=True, time_limit=3600)
def export_tenant_dump(self, request_id):
    """Full-fidelity export for tenants migrating to a self-hosted install."""
    req = ExportRequest.objects.select_related("tenant").get(pk=request_id)
    schema = req.tenant.schema_name
    if not TENANT_SCHEMA.fullmatch(schema):
        raise ExportFailed(f"unexpected schema name for tenant {req.tenant_id}")
    tables = _requested_tables(req)
    req.mark_running()
    with tempfile.TemporaryDirectory() as tmp:
        outfile = os.path.join(tmp, f"{schema}.dump")
        proc = subprocess.run(
            _pg_dump_argv(schema, tables, outfile),
            capture_output=True,
            text=True,
            timeout=3300,
        )
        if proc.returncode != 0:
            log.error("pg_dump failed for export %s: %s", req.id, proc.stderr[-2000:])
            req.mark_failed("dump failed")
            return
        key = upload_export(tmp, prefix=f"exports/{req.tenant_id}/{req.id}")
    req.mark_ready(key)
    log.info("dump export %s ready for tenant %s (%d tables)", req.id, req.tenant_id, len(tables))
