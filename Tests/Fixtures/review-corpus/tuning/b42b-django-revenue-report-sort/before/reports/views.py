"""Revenue report endpoints for the finance dashboard."""
import logging

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

log = logging.getLogger(__name__)

REPORT_SQL = """
    SELECT a.id, a.name, SUM(i.amount_cents) AS revenue, COUNT(i.id) AS invoices
    FROM billing_account a
    JOIN billing_invoice i ON i.account_id = a.id
    WHERE i.issued_at >= %s AND i.issued_at < %s
    GROUP BY a.id, a.name
    ORDER BY {order}
    LIMIT %s
"""


def _fetch_report(start, end, order, limit):
    sql = REPORT_SQL.format(order=order)
    with connection.cursor() as cur:
        cur.execute(sql, [start, end, limit])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@require_GET
@login_required
@permission_required("billing.view_revenue", raise_exception=True)
def revenue_by_account(request):
    start = request.GET["start"]
    end = request.GET["end"]
    limit = min(int(request.GET.get("limit", 50)), 500)
    rows = _fetch_report(start, end, "revenue DESC", limit)
    log.info("revenue report %s..%s rows=%d user=%s", start, end, len(rows), request.user.pk)
    return JsonResponse({"rows": rows})
