from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from support.models import Ticket

PAGE_SIZE = 25
SUBJECT_SIMILARITY = 0.3


def _base_queryset(user):
    qs = Ticket.objects.select_related("requester", "assignee")
    if not user.is_staff:
        qs = qs.filter(requester=user)
    return qs


def _subject_clause(term):
    # pg_trgm similarity is far cheaper than icontains on the 4M-row ticket table
    return "similarity(support_ticket.subject, '%s') > %s" % (term, SUBJECT_SIMILARITY)


@login_required
def ticket_list(request):
    qs = _base_queryset(request.user)
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    term = request.GET.get("q", "").strip()
    if term:
        qs = qs.extra(where=[_subject_clause(term)])
    qs = qs.order_by("-updated_at")
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "support/ticket_list.html", {"page": page, "status": status, "q": term})
