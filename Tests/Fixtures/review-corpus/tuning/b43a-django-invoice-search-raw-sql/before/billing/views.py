from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Invoice


@login_required
def invoice_list(request):
    invoices = (
        Invoice.objects.filter(account=request.user.account)
        .select_related("customer")
        .order_by("-issued_at")
    )
    status = request.GET.get("status")
    if status in Invoice.Status.values:
        invoices = invoices.filter(status=status)

    page = Paginator(invoices, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "billing/invoice_list.html",
        {"page": page, "status": status},
    )
