"""Aggregations behind the finance dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, Sum
from django.db.models.functions import TruncDay, TruncMonth, TruncWeek

from billing.models import Invoice, Payment

BUCKETS = {
    "day": TruncDay,
    "week": TruncWeek,
    "month": TruncMonth,
}


@dataclass(frozen=True)
class RevenueRow:
    period: date
    invoiced: Decimal
    collected: Decimal
    invoice_count: int


def revenue_by_period(tenant_id: int, start: date, end: date, bucket: str = "month") -> list[RevenueRow]:
    trunc = BUCKETS.get(bucket, TruncMonth)

    invoiced = (
        Invoice.objects.filter(tenant_id=tenant_id, issued_on__range=(start, end))
        .exclude(status=Invoice.Status.VOID)
        .annotate(period=trunc("issued_on"))
        .values("period")
        .annotate(total=Sum("total_amount"), n=Count("id"))
    )
    collected = (
        Payment.objects.filter(invoice__tenant_id=tenant_id, received_on__range=(start, end))
        .annotate(period=trunc("received_on"))
        .values("period")
        .annotate(total=Sum("amount"))
    )

    paid = {row["period"]: row["total"] for row in collected}
    rows = []
    for row in invoiced.order_by("period"):
        rows.append(
            RevenueRow(
                period=row["period"],
                invoiced=row["total"] or Decimal("0"),
                collected=paid.get(row["period"]) or Decimal("0"),
                invoice_count=row["n"],
            )
        )
    return rows


def top_customers(tenant_id: int, start: date, end: date, limit: int = 10):
    return (
        Invoice.objects.filter(tenant_id=tenant_id, issued_on__range=(start, end))
        .exclude(status=Invoice.Status.VOID)
        .values("customer_id", "customer__name")
        .annotate(total=Sum("total_amount"))
        .order_by("-total")[:limit]
    )
