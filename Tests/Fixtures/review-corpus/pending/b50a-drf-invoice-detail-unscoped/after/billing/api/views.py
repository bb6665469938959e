from django.db.models import Prefetch
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from billing.models import Invoice, InvoiceLine
from billing.api.serializers import (
    InvoiceDetailSerializer,
    InvoiceLineSerializer,
    InvoiceSerializer,
)


class InvoiceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated]
    lookup_field = "number"

    def get_queryset(self):
        # Prefetch lines once instead of hitting the DB per invoice (N+1 on the list page).
        qs = Invoice.objects.select_related("customer", "organization").prefetch_related(
            Prefetch("lines", queryset=InvoiceLine.objects.order_by("position"))
        )
        if self.action == "list":
            qs = qs.filter(organization=self.request.user.organization)
        return qs.order_by("-issued_at")

    def get_serializer_class(self):
        if self.action == "retrieve":
            return InvoiceDetailSerializer
        return InvoiceSerializer

    @action(detail=True, methods=["get"])
    def lines(self, request, number=None):
        invoice = self.get_object()
        serializer = InvoiceLineSerializer(invoice.lines.all(), many=True)
        return Response(serializer.data)
