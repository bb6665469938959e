"""Celery settings for the reports worker.

Loaded with ``app.config_from_object("reports.celeryconfig")``.
"""
import os
import ssl

from kombu import Exchange, Queue

broker_url = os.environ["REPORTS_BROKER_URL"]  # rediss://:<password>@host:6380/0
result_backend = os.environ.get("REPORTS_RESULT_BACKEND", broker_url)

broker_use_ssl = {
    "ssl_cert_reqs": ssl.CERT_REQUIRED,
    "ssl_ca_certs": "/etc/ssl/certs/ca-certificates.crt",
}
redis_backend_use_ssl = broker_use_ssl

# JSON only. Chained tasks now hand over the S3 key of a parquet file
# instead of the DataFrame itself (REP-219), so pickle is no longer needed.
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
result_accept_content = ["json"]

timezone = "Europe/Berlin"
enable_utc = True

task_acks_late = True
task_reject_on_worker_lost = True
worker_prefetch_multiplier = 1
task_time_limit = 60 * 30
task_soft_time_limit = 60 * 25
result_expires = 60 * 60 * 24

task_default_queue = "reports"
task_queues = (
    Queue("reports", Exchange("reports"), routing_key="reports"),
    Queue("reports.heavy", Exchange("reports"), routing_key="reports.heavy"),
)
task_routes = {
    "reports.tasks.build_quarterly_pack": {"queue": "reports.heavy"},
    "reports.tasks.export_ledger": {"queue": "reports.heavy"},
}

beat_schedule = {
    "nightly-kpis": {
        "task": "reports.tasks.refresh_kpis",
        "schedule": 60 * 60 * 24,
    },
}
