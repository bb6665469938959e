from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

REPORT_SQL = """
    SELECT p.sku, p.name, SUM(li.quantity) AS units, SUM(li.quantity * li.unit_price) AS revenue
      FROM sales_lineitem li
      JOIN catalog_product p ON p.id = li.product_id
      JOIN sales_order o ON o.id = li.order_id
     WHERE o.tenant_id = %s
       AND o.placed_at >= %s AND o.placed_at < %s
     GROUP BY p.sku, p.name
     ORDER BY {order_by} {direction}
     LIMIT 100
"""

# ?sort= values the table headers send -> SQL expressions. Anything else sorts by revenue.
SORT_COLUMNS = {
    "revenue": "revenue",
    "units": "units",
    "sku": "p.sku",
    "name": "p.name",
}


def _parse_range(request):
    try:
        start = date.fromisoformat(request.GET.get("from", ""))
    except ValueError:
        start = date.today() - timedelta(days=30)
    try:
        end = date.fromisoformat(request.GET.get("to", ""))
    except ValueError:
        end = date.today() + timedelta(days=1)
    return start, end


def _ordering(request):
    sort = request.GET.get("sort", "revenue")
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["revenue"])
    direction = "ASC" if request.GET.get("dir") == "asc" else "DESC"
    return order_by, direction


@login_required
@require_GET
def top_products(request):
    start, end = _parse_range(request)
    order_by, direction = _ordering(request)
    sql = REPORT_SQL.format(order_by=order_by, direction=direction)
    with connection.cursor() as cur:
        cur.execute(sql, [request.user.tenant_id, start, end])
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return JsonResponse({"from": start.isoformat(), "to": end.isoformat(), "rows": rows})
