from datetime import date, timedelta

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

DEFAULT_WINDOW_DAYS = 90


def _parse_date(value, default):
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        return default


def _rows_as_dicts(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


@require_GET
@staff_member_required
def signup_cohorts(request):
    today = date.today()
    start = _parse_date(request.GET.get("start"), today - timedelta(days=DEFAULT_WINDOW_DAYS))
    end = _parse_date(request.GET.get("end"), today)
    plan = request.GET.get("plan")

    sql = """
        SELECT date_trunc('week', u.date_joined)::date AS cohort,
               count(*) AS signups,
               count(s.id) FILTER (WHERE s.status = 'active') AS active_subscriptions
          FROM accounts_user u
          LEFT JOIN billing_subscription s ON s.user_id = u.id
         WHERE u.date_joined >= %s AND u.date_joined < %s
    """
    params = [start, end + timedelta(days=1)]
    if plan:
        sql += " AND s.plan_code = %s"
        params.append(plan)
    sql += " GROUP BY 1 ORDER BY 1"

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = _rows_as_dicts(cursor)

    return JsonResponse({"start": start, "end": end, "cohorts": rows})


@require_GET
@staff_member_required
def churn_summary(request):
    months = min(int(request.GET.get("months", 6) or 6), 24)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT date_trunc('month', cancelled_at)::date AS month, count(*) AS cancellations
              FROM billing_subscription
             WHERE cancelled_at >= now() - make_interval(months => %s)
             GROUP BY 1 ORDER BY 1
            """,
            [months],
        )
        rows = _rows_as_dicts(cursor)
    return JsonResponse({"months": months, "churn": rows})
