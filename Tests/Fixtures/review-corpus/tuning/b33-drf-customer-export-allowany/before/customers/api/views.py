import csv

from django.db.models import Count, Sum
from django.http import StreamingHttpResponse
from rest_framework import generics, mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from accounts.permissions import IsAccountAdmin, IsAccountMember
from customers.models import Customer, Note
from customers.api.serializers import CustomerSerializer, NoteSerializer


class Echo:
    """File-like object whose write() just returns the value, for csv streaming."""

    def write(self, value):
        return value


class CustomerViewSet(viewsets.ModelViewSet):
    serializer_class = CustomerSerializer
    permission_classes = [permissions.IsAuthenticated, IsAccountMember]
    filterset_fields = ["status", "country"]
    search_fields = ["name", "email"]

    def get_queryset(self):
        return (
            Customer.objects.filter(account=self.request.user.account)
            .annotate(order_count=Count("orders"), lifetime_value=Sum("orders__total"))
            .order_by("name")
        )

    def perform_create(self, serializer):
        serializer.save(account=self.request.user.account, created_by=self.request.user)

    @action(detail=True, methods=["get"])
    def notes(self, request, pk=None):
        customer = self.get_object()
        notes = customer.notes.select_related("author").order_by("-created_at")[:100]
        return Response(NoteSerializer(notes, many=True).data)


class NoteViewSet(mixins.CreateModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):
    serializer_class = NoteSerializer
    permission_classes = [permissions.IsAuthenticated, IsAccountMember]

    def get_queryset(self):
        return Note.objects.filter(customer__account=self.request.user.account)

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)


class CustomerExportView(generics.GenericAPIView):
    """Streams every customer of the caller's account as CSV, including contact details."""

    permission_classes = [permissions.IsAuthenticated, IsAccountAdmin]
    fields = ["id", "name", "email", "phone", "billing_address", "tax_id", "created_at"]

    def get_queryset(self):
        return Customer.objects.filter(account=self.request.user.account).order_by("id")

    def get(self, request, *args, **kwargs):
        writer = csv.writer(Echo())
        rows = (
            [getattr(c, f) for f in self.fields]
            for c in self.get_queryset().iterator(chunk_size=2000)
        )
        header = [writer.writerow(self.fields)]
        response = StreamingHttpResponse(
            (line for chunk in (header, (writer.writerow(r) for r in rows)) for line in chunk),
            content_type="text/csv",
        )
        response["Content-Disposition"] = 'attachment; filename="customers.csv"'
        return response
