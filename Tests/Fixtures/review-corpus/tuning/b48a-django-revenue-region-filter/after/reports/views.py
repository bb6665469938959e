from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET


REVENUE_SQL = """
    SELECT date_trunc('month', o.placed_at) AS month,
           SUM(o.total_cents) AS revenue
      FROM orders_order o
     WHERE o.status = 'paid' {region_clause}
     GROUP BY 1
     ORDER BY 1
"""


@login_required
@require_GET
def monthly_revenue(request):
    region = request.GET.get("region")
    region_clause = f"AND o.region = '{region}'" if region else ""
    with connection.cursor() as cursor:
        cursor.execute(REVENUE_SQL.format(region_clause=region_clause))
        rows = cursor.fetchall()
    return JsonResponse(
        {"results": [{"month": m.isoformat(), "revenue": r} for m, r in rows]}
    )
