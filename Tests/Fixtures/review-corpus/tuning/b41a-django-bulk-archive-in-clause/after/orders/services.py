import logging
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from orders.models import Order, OrderEvent

log = logging.getLogger(__name__)

ARCHIVABLE_STATUSES = ("delivered", "cancelled", "refunded")
MAX_BATCH = 500


class ArchiveError(Exception):
    pass


def _in_clause(values):
    return ", ".join(["%s"] * len(values))


@transaction.atomic
def archive_orders(account_id, order_ids, actor):
    """Archive the given orders of one account. Returns the number archived.

    One UPDATE ... RETURNING instead of a save() per row: the nightly stale-order
    sweep was taking minutes per large account.
    """
    try:
        ids = sorted({int(i) for i in order_ids})
    except (TypeError, ValueError) as exc:
        raise ArchiveError("order ids must be integers") from exc
    if not ids:
        return 0
    if len(ids) > MAX_BATCH:
        raise ArchiveError(f"at most {MAX_BATCH} orders per request")

    sql = f"""
        UPDATE {Order._meta.db_table}
           SET archived_at = %s
         WHERE account_id = %s
           AND archived_at IS NULL
           AND status IN ({_in_clause(ARCHIVABLE_STATUSES)})
           AND id IN ({_in_clause(ids)})
     RETURNING id
    """
    params = [timezone.now(), account_id, *ARCHIVABLE_STATUSES, *ids]
    with connection.cursor() as cur:
        cur.execute(sql, params)
        archived_ids = [row[0] for row in cur.fetchall()]

    OrderEvent.objects.bulk_create(
        [OrderEvent(order_id=oid, kind="archived", actor=actor) for oid in archived_ids]
    )
    log.info("archived %d/%d orders for account %s", len(archived_ids), len(ids), account_id)
    return len(archived_ids)


def stale_order_ids(account_id, days=180):
    cutoff = timezone.now() - timedelta(days=days)
    return list(
        Order.objects.filter(
            account_id=account_id, updated_at__lt=cutoff, archived_at__isnull=True
        ).values_list("id", flat=True)
    )
