import csv
import datetime

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_GET

from billing.models import LedgerEntry
from billing.permissions import require_finance_role

EXPORT_COLUMNS = ("id", "posted_on", "account_code", "memo", "amount_cents", "currency")


def _parse_range(request):
    start = parse_date(request.GET.get("from", "")) or (datetime.date.today() - datetime.timedelta(days=30))
    end = parse_date(request.GET.get("to", "")) or datetime.date.today()
    if start > end:
        raise ValueError("'from' must not be after 'to'")
    return start, end


@require_GET
@login_required
@require_finance_role
def ledger_summary(request):
    try:
        start, end = _parse_range(request)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT account_code, currency, SUM(amount_cents)
              FROM billing_ledgerentry
             WHERE organisation_id = %s AND posted_on BETWEEN %s AND %s
             GROUP BY account_code, currency
             ORDER BY account_code
            """,
            [request.user.organisation_id, start, end],
        )
        rows = cursor.fetchall()
    return JsonResponse({"accounts": [
        {"account": code, "currency": cur, "total_cents": total} for code, cur, total in rows
    ]})


@require_GET
@login_required
@require_finance_role
def ledger_export(request):
    try:
        start, end = _parse_range(request)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    account = request.GET.get("account")
    memo_search = request.GET.get("q", "").strip()

    entries = LedgerEntry.objects.filter(
        organisation_id=request.user.organisation_id,
        posted_on__range=(start, end),
    )
    if account:
        entries = entries.filter(account_code=account)
    if memo_search:
        entries = entries.filter(memo__icontains=memo_search)
    entries = entries.order_by("posted_on", "id").values_list(*EXPORT_COLUMNS)

    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="ledger-{start}-{end}.csv"'
    writer = csv.writer(response)
    writer.writerow(EXPORT_COLUMNS)
    for row in entries.iterator(chunk_size=2000):
        writer.writerow(row)
    return response


@require_GET
@login_required
def ledger_accounts(request):
    codes = (
        LedgerEntry.objects.filter(organisation_id=request.user.organisation_id)
        .values_list("account_code", flat=True)
        .distinct()
        .order_by("account_code")
    )
    return JsonResponse({"accounts": list(codes)})
