import csv
import datetime as dt
import logging

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

DATE_FMT = "%Y-%m-%d"

BASE_SQL = """
    SELECT s.region,
           p.sku,
           SUM(s.quantity)          AS units,
           SUM(s.quantity * s.unit_price) AS revenue
      FROM sales_sale s
      JOIN catalog_product p ON p.id = s.product_id
     WHERE s.sold_at >= %s
       AND s.sold_at <  %s
"""

GROUP_SQL = " GROUP BY s.region, p.sku ORDER BY revenue DESC"


def _parse_range(request):
    today = dt.date.today()
    try:
        start = dt.datetime.strptime(request.GET.get("from", ""), DATE_FMT).date()
    except ValueError:
        start = today.replace(day=1)
    try:
        end = dt.datetime.strptime(request.GET.get("to", ""), DATE_FMT).date()
    except ValueError:
        end = today + dt.timedelta(days=1)
    if end <= start:
        end = start + dt.timedelta(days=1)
    return start, end


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


def _build_query(request):
    start, end = _parse_range(request)
    sql = BASE_SQL
    params = [start, end]
    return sql + GROUP_SQL, params


@login_required
@permission_required("reports.view_sales", raise_exception=True)
@require_GET
def sales_summary(request):
    sql, params = _build_query(request)
    rows = _fetch(sql, params)
    logger.info("sales summary for %s returned %d rows", request.user.pk, len(rows))
    return JsonResponse({"rows": rows})


@login_required
@permission_required("reports.view_sales", raise_exception=True)
@require_GET
def sales_summary_csv(request):
    sql, params = _build_query(request)
    rows = _fetch(sql, params)
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="sales-summary.csv"'
    writer = csv.DictWriter(response, fieldnames=["region", "sku", "units", "revenue"])
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return response