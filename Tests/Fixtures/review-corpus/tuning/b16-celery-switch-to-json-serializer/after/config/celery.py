import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("marketplace")
app.config_from_object("django.conf:settings", namespace="CELERY")

app.conf.update(
    broker_url=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1"),
    result_backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/2"),
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    timezone="UTC",
)

app.conf.beat_schedule = {
    "expire-carts": {
        "task": "orders.tasks.expire_abandoned_carts",
        "schedule": crontab(minute="*/15"),
    },
    "nightly-sales-export": {
        "task": "reports.tasks.export_daily_sales",
        "schedule": crontab(hour=2, minute=30),
    },
}

app.autodiscover_tasks()