from django.db.models import Sum
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Invoice
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
