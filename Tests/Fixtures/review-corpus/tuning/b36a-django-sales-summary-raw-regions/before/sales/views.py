import csv
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Sum
from django.http import HttpResponse, JsonResponse
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_GET

from .models import Sale

DEFAULT_WINDOW = timedelta(days=30)
CSV_HEADER = ["region", "category", "units", "revenue"]


def _parse_range(request):
    end = parse_date(request.GET.get("end", "")) or date.today()
    start = parse_date(request.GET.get("start", "")) or end - DEFAULT_WINDOW
    if end < start:
        start, end = end, start
    return start, end


def _regions(request):
    return [r.strip() for r in request.GET.getlist("region") if r.strip()]


def _summary_rows(organisation, start, end, regions):
    qs = Sale.objects.filter(
        organisation=organisation,
        sold_at__date__gte=start,
        sold_at__date__lte=end,
    )
    if regions:
        qs = qs.filter(region__in=regions)
    rows = (
        qs.values("region", "product__category")
        .annotate(units=Count("id"), revenue=Sum("amount"))
        .order_by("region", "product__category")
    )
    return [
        {
            "region": row["region"],
            "category": row["product__category"],
            "units": row["units"],
            "revenue": row["revenue"],
        }
        for row in rows
    ]


@login_required
@require_GET
def regional_summary(request):
    start, end = _parse_range(request)
    rows = _summary_rows(request.user.organisation, start, end, _regions(request))
    return JsonResponse(
        {"start": start.isoformat(), "end": end.isoformat(), "rows": rows},
        json_dumps_params={"default": str},
    )


@login_required
@require_GET
def regional_summary_csv(request):
    start, end = _parse_range(request)
    rows = _summary_rows(request.user.organisation, start, end, _regions(request))

    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="sales-{start}-{end}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow([row[key] for key in CSV_HEADER])
    return response
