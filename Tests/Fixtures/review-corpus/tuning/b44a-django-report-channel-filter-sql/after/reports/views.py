from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse

REPORT_SQL = """
    SELECT o.region_id, date_trunc('week', o.placed_at) AS week, SUM(o.total_cents)
    FROM orders_order o
    WHERE o.placed_at >= %s AND o.placed_at < %s
    {extra}
    GROUP BY 1, 2
    ORDER BY 2
"""


def _region_clause(region_codes):
    if not region_codes:
        return "", []
    placeholders = ", ".join(["%s"] * len(region_codes))
    clause = f"AND o.region_id IN (SELECT id FROM regions_region WHERE code IN ({placeholders}))"
    return clause, list(region_codes)


def _channel_clause(channel):
    if not channel:
        return ""
    return f"AND o.channel = '{channel}'"


@login_required
def weekly_revenue(request):
    start = request.GET["start"]
    end = request.GET["end"]
    codes = request.GET.getlist("region")
    clause, clause_params = _region_clause(codes)
    clause = f"{clause} {_channel_clause(request.GET.get('channel'))}"
    with connection.cursor() as cur:
        cur.execute(REPORT_SQL.format(extra=clause), [start, end, *clause_params])
        rows = cur.fetchall()
    return JsonResponse(
        {"rows": [[region, week.isoformat(), cents] for region, week, cents in rows]}
    )
