from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from .models import Customer, Order


def _parse_days(request, default=30, maximum=365):
    try:
        days = int(request.GET.get("days", default))
    except (TypeError, ValueError):
        days = default
    return max(1, min(days, maximum))


@login_required
@require_GET
def order_list(request):
    orders = (
        Order.objects.filter(store=request.user.store)
        .select_related("customer")
        .order_by("-created_at")
    )
    status = request.GET.get("status")
    if status in Order.Status.values:
        orders = orders.filter(status=status)
    page = Paginator(orders, 50).get_page(request.GET.get("page"))
    return render(request, "orders/list.html", {"page": page, "status": status})


@login_required
@require_GET
def customer_summary(request, customer_id):
    customer = get_object_or_404(Customer, pk=customer_id, store=request.user.store)
    since = timezone.now() - timedelta(days=_parse_days(request))
    agg = Order.objects.filter(customer=customer, created_at__gte=since).aggregate(
        orders=Count("id"), revenue=Sum("total")
    )
    return JsonResponse(
        {
            "customer": customer.email,
            "orders": agg["orders"] or 0,
            "revenue": str(agg["revenue"] or 0),
        }
    )