"""Read-side queries for the growth dashboard."""
from datetime import datetime, timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncDay, TruncMonth, TruncWeek
from django.utils import timezone

from accounts.models import Signup

TRUNCATORS = {
    "day": TruncDay,
    "week": TruncWeek,
    "month": TruncMonth,
}

FUNNEL_STEPS = ("created", "email_verified", "workspace_created", "first_invite")


def _window(days):
    end = timezone.now()
    return end - timedelta(days=days), end


def signup_funnel(workspace_region, granularity="week", days=90, channels=None):
    """Return one row per period with the number of signups that reached each step."""
    trunc = TRUNCATORS.get(granularity, TruncWeek)
    start, end = _window(days)

    qs = Signup.objects.filter(created_at__gte=start, created_at__lt=end, region=workspace_region)
    if channels:
        qs = qs.filter(channel__in=channels)

    rows = (
        qs.annotate(period=trunc("created_at"))
        .values("period")
        .annotate(
            created=Count("id"),
            email_verified=Count("id", filter=Q(email_verified_at__isnull=False)),
            workspace_created=Count("id", filter=Q(workspace__isnull=False)),
            first_invite=Count("id", filter=Q(workspace__invites__isnull=False), distinct=True),
        )
        .order_by("period")
    )
    return [
        {"period": r["period"].date().isoformat(), **{step: r[step] for step in FUNNEL_STEPS}}
        for r in rows
    ]


def top_referrers(workspace_region, days=30, limit=20):
    start, end = _window(days)
    return list(
        Signup.objects.filter(created_at__gte=start, created_at__lt=end, region=workspace_region)
        .exclude(referrer_host="")
        .values("referrer_host")
        .annotate(n=Count("id"))
        .order_by("-n")[:limit]
    )
