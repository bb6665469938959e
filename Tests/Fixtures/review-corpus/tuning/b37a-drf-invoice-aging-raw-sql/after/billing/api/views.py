import logging

from django.db import connection
from django.db.models import Q, Sum
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from billing.api.pagination import StandardPagination
from billing.api.serializers import AgingBucketSerializer, InvoiceSerializer, InvoiceSummarySerializer
from billing.models import Invoice

logger = logging.getLogger(__name__)

# The ORM version issued one CASE per bucket and timed out for accounts with >200k open invoices,
# so aging is computed in a single pass in Postgres.
AGING_SQL = """
    SELECT
        CASE
            WHEN CURRENT_DATE - i.due_on <= 0 THEN 'current'
            WHEN CURRENT_DATE - i.due_on <= 30 THEN '1_30'
            WHEN CURRENT_DATE - i.due_on <= 60 THEN '31_60'
            WHEN CURRENT_DATE - i.due_on <= 90 THEN '61_90'
            ELSE '90_plus'
        END AS bucket,
        SUM(i.amount_cents) AS total_cents,
        i.currency
    FROM billing_invoice i
    WHERE {where}
    GROUP BY 1, i.currency
    ORDER BY 1
"""


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

        clauses = ["i.account_id = %s", "i.status = 'open'"]
        params = [request.user.account_id]
        if since:
            clauses.append(f"i.due_on >= '{since}'")
        if currency != "ALL":
            clauses.append(f"i.currency = '{currency.upper()}'")

        with connection.cursor() as cursor:
            cursor.execute(AGING_SQL.format(where=" AND ".join(clauses)), params)
            columns = [col[0] for col in cursor.description]
            data = [dict(zip(columns, row)) for row in cursor.fetchall()]

        logger.debug("aging report for account %s: %d rows", request.user.account_id, len(data))
        return Response(AgingBucketSerializer(data, many=True).data)
