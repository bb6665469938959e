import csv
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render

SALES_BY_DAY_SQL = """
    SELECT o.created_at::date AS day,
           s.region,
           COUNT(*)            AS orders,
           SUM(o.total_cents)  AS revenue_cents
      FROM shop_order o
      JOIN shop_store s ON s.id = o.store_id
     WHERE o.status = 'paid'
       AND o.created_at >= %s
       AND o.created_at <  %s
"""


def _parse_range(request):
    try:
        start = date.fromisoformat(request.GET.get("start", ""))
    except ValueError:
        start = date.today() - timedelta(days=30)
    try:
        end = date.fromisoformat(request.GET.get("end", ""))
    except ValueError:
        end = date.today()
    return start, end + timedelta(days=1)


def _fetch_rows(start, end, regions=None):
    sql = SALES_BY_DAY_SQL
    if regions:
        region_list = ", ".join(f"'{r.strip()}'" for r in regions)
        sql += f" AND s.region IN ({region_list})"
    sql += " GROUP BY 1, 2 ORDER BY 1, 2"
    with connection.cursor() as cursor:
        cursor.execute(sql, [start, end])
        columns = [col[0] for col in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


@login_required
@permission_required("reports.view_sales", raise_exception=True)
def sales_by_day(request):
    start, end = _parse_range(request)
    regions = [r for r in request.GET.get("regions", "").split(",") if r]
    rows = _fetch_rows(start, end, regions)

    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="sales-{start}-{end}.csv"'
        writer = csv.DictWriter(response, fieldnames=["day", "region", "orders", "revenue_cents"])
        writer.writeheader()
        writer.writerows(rows)
        return response

    return render(request, "reports/sales_by_day.html", {"rows": rows, "start": start, "end": end, "regions": regions})
