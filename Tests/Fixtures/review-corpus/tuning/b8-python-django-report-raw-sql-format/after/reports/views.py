import datetime

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from orders.models import Order


@login_required
@require_GET
def revenue_by_region(request):
    """Monthly revenue per region for the finance dashboard."""
    today = datetime.date.today()
    start = request.GET.get("from", today.replace(day=1).isoformat())
    end = request.GET.get("to", today.isoformat())
    region = request.GET.get("region", "EU")
    sql = (
        "SELECT o.id, o.total FROM orders_order o "
        "JOIN accounts_customer c ON c.id = o.customer_id "
        "WHERE c.region = '{}' AND o.placed_at::date BETWEEN '{}' AND '{}'"
    ).format(region, start, end)
    rows = [{"id": o.id, "total": o.total} for o in Order.objects.raw(sql)]
    total = sum(r["total"] for r in rows)
    return JsonResponse({"from": start, "to": end, "orders": len(rows), "revenue": str(total)})