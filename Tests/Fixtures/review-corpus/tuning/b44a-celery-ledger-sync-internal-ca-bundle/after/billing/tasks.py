import logging

import requests
from celery import shared_task
from django.conf import settings

from billing.models import Invoice

log = logging.getLogger(__name__)

LEDGER_URL = settings.LEDGER_BASE_URL.rstrip("/")


def _session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {settings.LEDGER_API_TOKEN}"
    # ledger moved behind the internal gateway, which presents a cert from our
    # private CA and requires a client certificate
    s.verify = settings.INTERNAL_CA_BUNDLE  # e.g. /etc/pki/internal/ca-chain.pem
    s.cert = (settings.LEDGER_CLIENT_CERT, settings.LEDGER_CLIENT_KEY)
    return s


@shared_task(autoretry_for=(requests.RequestException,), retry_backoff=True, max_retries=8)
def push_invoice_to_ledger(invoice_id: int) -> None:
    invoice = Invoice.objects.select_related("customer").get(pk=invoice_id)
    resp = _session().post(
        f"{LEDGER_URL}/v1/entries",
        json={
            "external_id": f"inv-{invoice.pk}",
            "customer": invoice.customer.ledger_account,
            "amount_cents": invoice.total_cents,
            "currency": invoice.currency,
        },
        timeout=10,
    )
    resp.raise_for_status()
    invoice.ledger_entry_id = resp.json()["id"]
    invoice.save(update_fields=["ledger_entry_id"])
    log.info("invoice %s pushed to ledger as %s", invoice.pk, invoice.ledger_entry_id)
