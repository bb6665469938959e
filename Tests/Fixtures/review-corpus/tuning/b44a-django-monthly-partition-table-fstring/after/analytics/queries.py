from datetime import date

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse


def _partition_for(day: date) -> str:
    # analytics_event is range-partitioned by month (migration 0042); hitting the
    # child table directly skips partition pruning on the parent.
    return f"analytics_event_{day:%Y_%m}"


def daily_active_users(app_id: int, day: date) -> int:
    table = _partition_for(day)
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT COUNT(DISTINCT user_id) FROM {table} "
            "WHERE app_id = %s AND occurred_on = %s",
            [app_id, day],
        )
        return cur.fetchone()[0]


@staff_member_required
def dau_view(request, app_id: int):
    try:
        day = date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        return HttpResponseBadRequest("day must be YYYY-MM-DD")
    return JsonResponse({"app_id": app_id, "day": day.isoformat(), "dau": daily_active_users(app_id, day)})
