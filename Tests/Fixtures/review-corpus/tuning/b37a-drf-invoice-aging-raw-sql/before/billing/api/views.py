import logging
from datetime import date, timedelta

from django.db.models import Case, IntegerField, Q, Sum, Value, When
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from billing.api.pagination import StandardPagination
from billing.api.serializers import AgingBucketSerializer, InvoiceSerializer, InvoiceSummarySerializer
from billing.models import Invoice

logger = logging.getLogger(__name__)

AGING_BUCKETS = (
    ("current", 0, 0),
    ("1_30", 1, 30),
    ("31_60", 31, 60),
    ("61_90", 61, 90),
    ("90_plus", 91, 100000),
)


class InvoiceViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = StandardPagination

    def get_queryset(self):
        qs = Invoice.objects.filter(account=self.request.user.account)
        status_param = self.request.query_params.get("status")
        if status_param:
            qs = qs.filter(status=status_param)
        customer = self.request.query_params.get("customer")
        if customer:
            qs = qs.filter(Q(customer__name__icontains=customer) | Q(customer__email__icontains=customer))
        return qs.select_related("customer").order_by("-issued_on")

    @action(detail=False, methods=["get"])
    def summary(self, request):
        totals = self.get_queryset().values("currency").annotate(total=Sum("amount_cents"))
        return Response(InvoiceSummarySerializer(totals, many=True).data)

    @action(detail=False, methods=["get"], url_path="aging")
    def aging(self, request):
        since = request.query_params.get("since")
        currency = request.query_params.get("currency", "USD")
        today = date.today()

        qs = Invoice.objects.filter(account=request.user.account, status=Invoice.Status.OPEN, currency=currency)
        if since:
            try:
                qs = qs.filter(due_on__gte=date.fromisoformat(since))
            except ValueError:
                raise ValidationError({"since": "Expected YYYY-MM-DD."})

        whens = [
            When(due_on__lte=today - timedelta(days=lo), due_on__gt=today - timedelta(days=hi + 1), then=Value(i))
            for i, (_, lo, hi) in enumerate(AGING_BUCKETS)
        ]
        rows = (
            qs.annotate(bucket=Case(*whens, default=Value(0), output_field=IntegerField()))
            .values("bucket")
            .annotate(total=Sum("amount_cents"))
            .order_by("bucket")
        )
        data = [
            {"bucket": AGING_BUCKETS[row["bucket"]][0], "total_cents": row["total"], "currency": currency}
            for row in rows
        ]
        return Response(AgingBucketSerializer(data, many=True).data)
