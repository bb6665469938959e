from django.db import connection
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required

REVENUE_SQL = """
    SELECT c.id, c.name, SUM(i.amount_cents) AS revenue, COUNT(i.id) AS invoices
    FROM billing_customer c
    JOIN billing_invoice i ON i.customer_id = c.id
    WHERE i.issued_at >= %s AND i.issued_at < %s
    GROUP BY c.id, c.name
    ORDER BY revenue DESC
    LIMIT 100
"""


@login_required
def revenue_by_customer(request):
    start = request.GET.get("start")
    end = request.GET.get("end")
    with connection.cursor() as cursor:
        cursor.execute(REVENUE_SQL, [start, end])
        columns = [col[0] for col in cursor.description]
        rows = [dict(zip(columns, row)) for row in cursor.fetchall()]
    return JsonResponse({"results": rows})
