from django.db.models import Sum
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Invoice
from .pdf import render_invoice_pdf
from .serializers import InvoiceSerializer


class InvoiceViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return (
            Invoice.objects.filter(account__members=self.request.user)
            .select_related("account")
            .order_by("-issued_at")
        )

    @action(detail=True, methods=["get"])
    def lines(self, request, pk=None):
        invoice = self.get_object()
        rows = [
            {"description": line.description, "amount": str(line.amount)}
            for line in invoice.lines.all()
        ]
        total = invoice.lines.aggregate(total=Sum("amount"))["total"] or 0
        return Response({"lines": rows, "total": str(total)})

    @action(detail=True, methods=["get"], url_path="pdf")
    def pdf(self, request, pk=None):
        # The members join is slow on big accounts and the PDF renderer only
        # needs the invoice row plus its account, so fetch it directly.
        invoice = get_object_or_404(
            Invoice.objects.select_related("account").prefetch_related("lines"),
            pk=pk,
        )
        buffer = render_invoice_pdf(invoice)
        return FileResponse(
            buffer,
            as_attachment=True,
            filename=f"invoice-{invoice.number}.pdf",
            content_type="application/pdf",
        )
