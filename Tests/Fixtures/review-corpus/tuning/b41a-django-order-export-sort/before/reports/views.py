import csv
import logging

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse

from reports.permissions import require_report_access

log = logging.getLogger(__name__)

DEFAULT_ORDER = "o.created_at DESC"

ORDER_SUMMARY_SQL = """
    SELECT o.id, o.reference, c.name AS customer, o.total_cents, o.status, o.created_at
    FROM orders_order o
    JOIN customers_customer c ON c.id = o.customer_id
    WHERE o.account_id = %s AND o.created_at >= %s
    ORDER BY {order}
"""


def _fetch_rows(account_id, since, order=DEFAULT_ORDER):
    sql = ORDER_SUMMARY_SQL.format(order=order)
    with connection.cursor() as cur:
        cur.execute(sql, [account_id, since])
        return cur.fetchall()


@login_required
@require_report_access
def export_orders(request):
    account = request.user.account
    since = request.GET.get("since", "1970-01-01")
    rows = _fetch_rows(account.id, since)
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "reference", "customer", "total", "status", "created"])
    for row in rows:
        writer.writerow(row)
    log.info("exported %d orders for account %s", len(rows), account.id)
    return response
