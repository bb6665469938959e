from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from support.models import Ticket

PAGE_SIZE = 25


def _base_queryset(user):
    qs = Ticket.objects.select_related("requester", "assignee")
    if not user.is_staff:
        qs = qs.filter(requester=user)
    return qs


@login_required
def ticket_list(request):
    qs = _base_queryset(request.user)
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    qs = qs.order_by("-updated_at")
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "support/ticket_list.html", {"page": page, "status": status})
