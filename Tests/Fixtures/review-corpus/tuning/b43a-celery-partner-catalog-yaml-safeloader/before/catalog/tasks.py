import json
import logging

import requests
from celery import shared_task

from catalog.models import Partner
from catalog.services import upsert_products

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=300)
def import_partner_feed(self, partner_id):
    partner = Partner.objects.get(pk=partner_id)
    try:
        resp = requests.get(partner.feed_url, timeout=30)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)

    feed = json.loads(resp.content)

    products = feed.get("products", [])
    created, updated = upsert_products(partner, products)
    log.info("partner %s: %d created, %d updated", partner.slug, created, updated)
    return {"created": created, "updated": updated}
