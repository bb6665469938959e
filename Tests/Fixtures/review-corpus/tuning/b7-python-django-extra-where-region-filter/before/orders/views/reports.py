from datetime import date

from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from orders.models import Order


@login_required
@require_GET
def monthly_totals(request):
    year = int(request.GET.get("year", date.today().year))
    base = Order.objects.filter(account=request.user.account, created_at__year=year)
    qs = (
        base.values("created_at__month")
        .annotate(total=models.Sum("amount"))
        .order_by("created_at__month")
    )
    rows = [{"month": r["created_at__month"], "total": str(r["total"])} for r in qs]
    return JsonResponse({"year": year, "rows": rows})
