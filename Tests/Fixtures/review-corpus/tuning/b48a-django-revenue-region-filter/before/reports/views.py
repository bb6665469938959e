from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET


REVENUE_SQL = """
    SELECT date_trunc('month', o.placed_at) AS month,
           SUM(o.total_cents) AS revenue
      FROM orders_order o
     WHERE o.status = 'paid'
     GROUP BY 1
     ORDER BY 1
"""


@login_required
@require_GET
def monthly_revenue(request):
    with connection.cursor() as cursor:
        cursor.execute(REVENUE_SQL)
        rows = cursor.fetchall()
    return JsonResponse(
        {"results": [{"month": m.isoformat(), "revenue": r} for m, r in rows]}
    )
