from django.db import connection
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required

REVENUE_SQL = """
    SELECT c.id, c.name, SUM(i.amount_cents) AS revenue, COUNT(i.id) AS invoices
    FROM billing_customer c
    JOIN billing_invoice i ON i.customer_id = c.id
    WHERE i.issued_at >= %s AND i.issued_at < %s
    GROUP BY c.id, c.name
    ORDER BY {order_by} {direction}
    LIMIT 100
"""

# Only these expressions may ever reach the ORDER BY clause.
SORT_COLUMNS = {
    "revenue": "revenue",
    "invoices": "invoices",
    "name": "c.name",
}


@login_required
def revenue_by_customer(request):
    start = request.GET.get("start")
    end = request.GET.get("end")
    order_by = SORT_COLUMNS.get(request.GET.get("sort"), "revenue")
    direction = "ASC" if request.GET.get("dir") == "asc" else "DESC"
    sql = REVENUE_SQL.format(order_by=order_by, direction=direction)
    with connection.cursor() as cursor:
        cursor.execute(sql, [start, end])
        columns = [col[0] for col in cursor.description]
        rows = [dict(zip(columns, row)) for row in cursor.fetchall()]
    return JsonResponse({"results": rows, "sort": order_by, "dir": direction.lower()})
