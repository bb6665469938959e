from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from billing.models import Invoice
from billing.api.serializers import (
    InvoiceDetailSerializer,
    InvoiceLineSerializer,
    InvoiceSerializer,
)


class InvoiceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated]
    lookup_field = "number"

    def get_queryset(self):
        org = self.request.user.organization
        return (
            Invoice.objects.filter(organization=org)
            .select_related("customer")
            .order_by("-issued_at")
        )

    def get_serializer_class(self):
        if self.action == "retrieve":
            return InvoiceDetailSerializer
        return InvoiceSerializer

    @action(detail=True, methods=["get"])
    def lines(self, request, number=None):
        invoice = self.get_object()
        serializer = InvoiceLineSerializer(invoice.lines.order_by("position"), many=True)
        return Response(serializer.data)
