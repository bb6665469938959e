from datetime import date

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse


def daily_active_users(app_id: int, day: date) -> int:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT COUNT(DISTINCT user_id) FROM analytics_event "
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
