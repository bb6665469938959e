import json
import logging

from celery import shared_task
from django.db import transaction

from ingest.models import PartnerEvent
from ingest.redis import inbox

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def drain_partner_inbox(self, partner_id: int, batch: int = 200):
    """Move queued partner events into the database.

    ingest.views.partner_webhook pushes each partner request body verbatim
    onto partner:<id>:inbox and schedules this task.
    """
    processed = 0
    for _ in range(batch):
        raw = inbox.lpop(f"partner:{partner_id}:inbox")
        if raw is None:
            break
        events = [json.loads(raw)]
        for event in events:
            with transaction.atomic():
                PartnerEvent.objects.update_or_create(
                    partner_id=partner_id,
                    external_id=event["id"],
                    defaults={"kind": event["type"], "payload": event},
                )
            processed += 1
    log.info("partner %s: processed %d events", partner_id, processed)
    return processed
