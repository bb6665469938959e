from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Invoice

SORTABLE_FIELDS = {"due_date", "amount", "number", "customer_name"}


def _serialise(inv):
    return {
        "number": inv.number,
        "customer": inv.customer_name,
        "amount": str(inv.amount),
        "due_date": inv.due_date.isoformat(),
    }


@login_required
def overdue_invoices(request):
    sort = request.GET.get("sort", "due_date")
    if sort not in SORTABLE_FIELDS:
        sort = "due_date"
    prefix = "-" if request.GET.get("desc") else ""
    invoices = (
        Invoice.objects.filter(account=request.user.account, status="overdue")
        .order_by(prefix + sort)[:200]
    )
    return JsonResponse({"results": [_serialise(inv) for inv in invoices]})
