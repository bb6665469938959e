import csv

from django.contrib.admin.views.decorators import staff_member_required
from django.http import StreamingHttpResponse

from orders.models import Order


class Echo:
    def write(self, value):
        return value


@staff_member_required
def export_orders(request):
    qs = Order.objects.select_related("customer").order_by("-created_at")

    status = request.GET.get("status")
    if status:
        qs = qs.extra(where=[f"orders_order.status = '{status}'"])

    region = request.GET.get("region")
    if region:
        qs = qs.filter(customer__region=region)

    writer = csv.writer(Echo())

    def rows():
        yield writer.writerow(["number", "customer", "status", "total", "created"])
        for o in qs.iterator(chunk_size=2000):
            yield writer.writerow(
                [o.number, o.customer.email, o.status, o.total, o.created_at.isoformat()]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    return response