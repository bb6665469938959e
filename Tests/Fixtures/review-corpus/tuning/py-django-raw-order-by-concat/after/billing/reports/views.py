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
    sort = request.GET.get("sort", "due_date")
    direction = "DESC" if request.GET.get("desc") else "ASC"
    sql = (
        "SELECT * FROM billing_invoice "
        "WHERE account_id = %s AND status = 'overdue' "
        "ORDER BY " + sort + " " + direction + " LIMIT 200"
    )
    invoices = Invoice.objects.raw(sql, [request.user.account_id])
    return JsonResponse({"results": [_serialise(inv) for inv in invoices]})
