import csv
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import Region

SUMMARY_SQL = """
    SELECT r.code, date_trunc('week', o.placed_at) AS week,
           COUNT(*) AS orders, SUM(o.total_cents) AS revenue
    FROM sales_order o
    JOIN sales_region r ON r.id = o.region_id
    WHERE o.placed_at >= %s AND o.placed_at < %s
    GROUP BY r.code, week
    ORDER BY week, r.code
"""


def _parse_range(request):
    today = date.today()
    try:
        start = date.fromisoformat(request.GET.get("start", ""))
    except ValueError:
        start = today - timedelta(days=28)
    try:
        end = date.fromisoformat(request.GET.get("end", ""))
    except ValueError:
        end = today
    if end <= start:
        end = start + timedelta(days=1)
    return start, end


def _run_summary(start, end):
    with connection.cursor() as cur:
        cur.execute(SUMMARY_SQL, [start, end])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@require_GET
@login_required
@permission_required("sales.view_report", raise_exception=True)
def weekly_summary(request):
    start, end = _parse_range(request)
    rows = _run_summary(start, end)
    return JsonResponse(
        {"start": start.isoformat(), "end": end.isoformat(), "rows": rows},
        json_dumps_params={"default": str},
    )


@require_GET
@login_required
@permission_required("sales.view_report", raise_exception=True)
def weekly_summary_csv(request):
    start, end = _parse_range(request)
    rows = _run_summary(start, end)
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="sales-{start}-{end}.csv"'
    writer = csv.writer(response)
    writer.writerow(["region", "week", "orders", "revenue"])
    for row in rows:
        writer.writerow([row["code"], row["week"].date(), row["orders"], row["revenue"] / 100])
    return response


@require_GET
@login_required
def regions(request):
    return JsonResponse({"regions": list(Region.objects.values_list("code", flat=True))})
