from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from .models import Report

SHARE_SALT = "reports.share"
SHARE_MAX_AGE = 7 * 24 * 3600


@login_required
def report_detail(request, pk):
    report = get_object_or_404(Report, pk=pk, organisation=request.user.organisation)
    return render(request, "reports/detail.html", {"report": report})


@login_required
@require_POST
def create_share_link(request, pk):
    report = get_object_or_404(Report, pk=pk, organisation=request.user.organisation)
    token = signing.dumps({"report": report.pk, "by": request.user.pk}, salt=SHARE_SALT, compress=True)
    return JsonResponse({"url": request.build_absolute_uri(reverse("reports:shared", args=[token]))})


def shared_report(request, token):
    try:
        data = signing.loads(token, salt=SHARE_SALT, max_age=SHARE_MAX_AGE)
    except signing.BadSignature:
        raise Http404("link expired or invalid")
    report = get_object_or_404(Report, pk=int(data["report"]), shareable=True)
    return render(request, "reports/shared.html", {"report": report})
