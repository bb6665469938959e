import csv
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_GET

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
    # The ORM version cast sold_at to date and missed the (organisation_id, sold_at)
    # index on big orgs (PERF-412); this keeps the range sargable.
    sql = [
        "SELECT s.region AS region, p.category AS category,",
        "       COUNT(s.id) AS units, COALESCE(SUM(s.amount), 0) AS revenue",
        "FROM sales_sale s",
        "JOIN catalog_product p ON p.id = s.product_id",
        "WHERE s.organisation_id = %s",
        "  AND s.sold_at >= %s AND s.sold_at < %s",
    ]
    params = [organisation.pk, start, end + timedelta(days=1)]
    if regions:
        quoted = ", ".join("'%s'" % r.replace("%", "%%") for r in regions)
        sql.append(f"  AND s.region IN ({quoted})")
    sql.append("GROUP BY s.region, p.category")
    sql.append("ORDER BY s.region, p.category")

    with connection.cursor() as cursor:
        cursor.execute("\n".join(sql), params)
        columns = [col[0] for col in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


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
