"""Aggregations behind the finance dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connection
from django.db.models import Sum

from billing.models import Invoice, Payment

# date_trunc() field names; the key is what the dashboard sends.
BUCKETS = {
    "day": "day",
    "week": "week",
    "month": "month",
}


@dataclass(frozen=True)
class RevenueRow:
    period: date
    invoiced: Decimal
    collected: Decimal
    invoice_count: int


def revenue_by_period(tenant_id: int, start: date, end: date, bucket: str = "month") -> list[RevenueRow]:
    # The two ORM queries plus the Python merge took ~4s for big tenants;
    # one FULL OUTER JOIN in Postgres does it in ~200ms.
    trunc = BUCKETS.get(bucket, "month")
    qn = connection.ops.quote_name
    invoices = qn(Invoice._meta.db_table)
    payments = qn(Payment._meta.db_table)

    sql = f"""
        WITH inv AS (
            SELECT date_trunc(%s, i.issued_on)::date AS period,
                   SUM(i.total_amount) AS invoiced,
                   COUNT(*) AS n
              FROM {invoices} i
             WHERE i.tenant_id = %s
               AND i.issued_on BETWEEN %s AND %s
               AND i.status <> %s
             GROUP BY 1
        ),
        pay AS (
            SELECT date_trunc(%s, p.received_on)::date AS period,
                   SUM(p.amount) AS collected
              FROM {payments} p
              JOIN {invoices} i ON i.id = p.invoice_id
             WHERE i.tenant_id = %s
               AND p.received_on BETWEEN %s AND %s
             GROUP BY 1
        )
        SELECT COALESCE(inv.period, pay.period) AS period,
               COALESCE(inv.invoiced, 0),
               COALESCE(pay.collected, 0),
               COALESCE(inv.n, 0)
          FROM inv FULL OUTER JOIN pay ON pay.period = inv.period
         ORDER BY 1
    """
    params = [
        trunc, tenant_id, start, end, Invoice.Status.VOID,
        trunc, tenant_id, start, end,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [RevenueRow(period=r[0], invoiced=r[1], collected=r[2], invoice_count=r[3]) for r in cursor.fetchall()]


def top_customers(tenant_id: int, start: date, end: date, limit: int = 10):
    return (
        Invoice.objects.filter(tenant_id=tenant_id, issued_on__range=(start, end))
        .exclude(status=Invoice.Status.VOID)
        .values("customer_id", "customer__name")
        .annotate(total=Sum("total_amount"))
        .order_by("-total")[:limit]
    )
