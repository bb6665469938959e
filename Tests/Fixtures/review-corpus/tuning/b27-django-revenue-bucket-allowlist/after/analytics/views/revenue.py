from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET

from accounts.decorators import org_member_required

# Maps the public ?granularity= value to a Postgres date_trunc unit.
GRANULARITY_UNITS = {
    "day": "day",
    "week": "week",
    "month": "month",
}


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

    unit = GRANULARITY_UNITS.get(request.GET.get("granularity", "day"))
    if unit is None:
        return HttpResponseBadRequest("granularity must be day, week or month")

    sql = f"""
        SELECT date_trunc('{unit}', o.paid_at) AS bucket,
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
            "granularity": unit,
            "series": [
                {"bucket": b.isoformat(), "orders": n, "revenue_cents": int(r or 0)}
                for b, n, r in rows
            ],
        }
    )
