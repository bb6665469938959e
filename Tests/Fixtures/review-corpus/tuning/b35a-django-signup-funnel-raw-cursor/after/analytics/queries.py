"""Read-side queries for the growth dashboard."""
from datetime import datetime, timedelta

from django.db import connection
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


# The ORM version joined invites for every signup and took ~40s on the 90-day
# window (GROW-231). This does the invite check as an EXISTS instead.
FUNNEL_SQL = """
    SELECT date_trunc(%(granularity)s, s.created_at AT TIME ZONE 'UTC') AS period,
           count(*)                                              AS created,
           count(*) FILTER (WHERE s.email_verified_at IS NOT NULL) AS email_verified,
           count(*) FILTER (WHERE s.workspace_id IS NOT NULL)      AS workspace_created,
           count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM workspaces_invite i WHERE i.workspace_id = s.workspace_id
           ))                                                    AS first_invite
    FROM accounts_signup s
    WHERE s.created_at >= %(start)s
      AND s.created_at < %(end)s
      AND s.region = %(region)s
      AND (%(all_channels)s OR s.channel = ANY(%(channels)s))
    GROUP BY 1
    ORDER BY 1
"""


def signup_funnel(workspace_region, granularity="week", days=90, channels=None):
    """Return one row per period with the number of signups that reached each step."""
    if granularity not in TRUNCATORS:
        granularity = "week"
    start, end = _window(days)
    params = {
        "granularity": granularity,
        "start": start,
        "end": end,
        "region": workspace_region,
        "all_channels": not channels,
        "channels": list(channels or []),
    }
    with connection.cursor() as cur:
        cur.execute(FUNNEL_SQL, params)
        rows = cur.fetchall()
    return [
        {"period": period.date().isoformat(), **dict(zip(FUNNEL_STEPS, counts))}
        for period, *counts in rows
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
