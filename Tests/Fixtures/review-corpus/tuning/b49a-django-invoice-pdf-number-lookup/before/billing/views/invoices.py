import logging

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from billing.models import Invoice
from billing.pdf import render_invoice_pdf

log = logging.getLogger(__name__)


def _invoices_for(user):
    return Invoice.objects.filter(account__members=user).select_related("account")


@login_required
def invoice_list(request):
    invoices = _invoices_for(request.user).order_by("-issued_at")[:50]
    return render(request, "billing/invoice_list.html", {"invoices": invoices})


@login_required
def invoice_pdf(request, invoice_id):
    invoice = get_object_or_404(_invoices_for(request.user), pk=invoice_id)
    if invoice.status == Invoice.Status.DRAFT:
        raise Http404("draft invoices cannot be downloaded")
    pdf = render_invoice_pdf(invoice)
    log.info("invoice %s downloaded by %s", invoice.pk, request.user.pk)
    return FileResponse(pdf, as_attachment=True, filename=f"{invoice.number}.pdf")
