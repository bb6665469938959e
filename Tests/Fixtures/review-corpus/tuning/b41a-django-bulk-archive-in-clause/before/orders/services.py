import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from orders.models import Order, OrderEvent

log = logging.getLogger(__name__)

ARCHIVABLE_STATUSES = ("delivered", "cancelled", "refunded")
MAX_BATCH = 500


class ArchiveError(Exception):
    pass


@transaction.atomic
def archive_orders(account_id, order_ids, actor):
    """Archive the given orders of one account. Returns the number archived."""
    if len(order_ids) > MAX_BATCH:
        raise ArchiveError(f"at most {MAX_BATCH} orders per request")
    archived = 0
    for order in Order.objects.select_for_update().filter(
        account_id=account_id, id__in=order_ids, status__in=ARCHIVABLE_STATUSES
    ):
        order.archived_at = timezone.now()
        order.save(update_fields=["archived_at"])
        OrderEvent.objects.create(order=order, kind="archived", actor=actor)
        archived += 1
    log.info("archived %d/%d orders for account %s", archived, len(order_ids), account_id)
    return archived


def stale_order_ids(account_id, days=180):
    cutoff = timezone.now() - timedelta(days=days)
    return list(
        Order.objects.filter(
            account_id=account_id, updated_at__lt=cutoff, archived_at__isnull=True
        ).values_list("id", flat=True)
    )
