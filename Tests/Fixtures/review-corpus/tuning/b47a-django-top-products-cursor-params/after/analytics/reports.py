from datetime import date, timedelta

from django.db import connection
from django.db.models import Count, Sum
from django.db.models.functions import TruncDay

from orders.models import Order

_TOP_PRODUCTS_SQL = """
    SELECT p.sku, p.name, SUM(li.quantity) AS units
    FROM orders_lineitem li
    JOIN orders_order o ON o.id = li.order_id
    JOIN catalog_product p ON p.id = li.product_id
    WHERE o.tenant_id = %(tenant)s AND o.status = 'paid' AND o.created_at >= %(since)s
    GROUP BY p.sku, p.name
    ORDER BY units DESC
    LIMIT %(limit)s
"""


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


def top_products(tenant_id: int, days: int = 30, limit: int = 10):
    """Best sellers by units; raw SQL because the ORM version needed two extra joins."""
    params = {
        "tenant": tenant_id,
        "since": date.today() - timedelta(days=days),
        "limit": min(int(limit), 100),
    }
    with connection.cursor() as cur:
        cur.execute(_TOP_PRODUCTS_SQL, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
