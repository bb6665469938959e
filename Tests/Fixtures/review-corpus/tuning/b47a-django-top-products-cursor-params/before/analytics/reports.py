from datetime import date, timedelta

from django.db.models import Count, Sum
from django.db.models.functions import TruncDay

from orders.models import Order


def daily_revenue(tenant_id: int, days: int = 30):
    """Paid orders and revenue per day for the dashboard chart."""
    since = date.today() - timedelta(days=days)
    return list(
        Order.objects.filter(tenant_id=tenant_id, created_at__date__gte=since, status="paid")
        .annotate(day=TruncDay("created_at"))
        .values("day")
        .annotate(orders=Count("id"), revenue=Sum("total"))
        .order_by("day")
    )
