from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET

from accounts.decorators import org_member_required


def _parse_range(request):
    try:
        end = date.fromisoformat(request.GET.get("end", date.today().isoformat()))
        start = date.fromisoformat(request.GET.get("start", (end - timedelta(days=30)).isoformat()))
    except ValueError:
        return None, None
    if start > end or (end - start).days > 366:
        return None, None
    return start, end


@require_GET
@login_required
@org_member_required
def revenue_summary(request, org_id):
    start, end = _parse_range(request)
    if start is None:
        return HttpResponseBadRequest("invalid date range")

    sql = """
        SELECT date_trunc('day', o.paid_at) AS bucket,
               count(*)                     AS orders,
               sum(o.total_cents)           AS revenue_cents
          FROM billing_order o
         WHERE o.organization_id = %s
           AND o.paid_at >= %s
           AND o.paid_at < %s + interval '1 day'
           AND o.status = 'paid'
      GROUP BY bucket
      ORDER BY bucket
    """
    with connection.cursor() as cur:
        cur.execute(sql, [org_id, start, end])
        rows = cur.fetchall()

    return JsonResponse(
        {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "series": [
                {"bucket": b.isoformat(), "orders": n, "revenue_cents": int(r or 0)}
                for b, n, r in rows
            ],
        }
    )
