from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Invoice


def _serialise(inv):
    return {
        "number": inv.number,
        "customer": inv.customer_name,
        "amount": str(inv.amount),
        "due_date": inv.due_date.isoformat(),
    }


@login_required
def overdue_invoices(request):
    invoices = (
        Invoice.objects.filter(account=request.user.account, status="overdue")
        .order_by("-due_date")[:200]
    )
    return JsonResponse({"results": [_serialise(inv) for inv in invoices]})
