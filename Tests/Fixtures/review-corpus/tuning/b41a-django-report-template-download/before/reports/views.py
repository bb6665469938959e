import logging

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from reports.models import Report

log = logging.getLogger(__name__)


@login_required
@require_GET
def report_list(request):
    reports = Report.objects.filter(owner=request.user).order_by("-created_at")[:100]
    return render(request, "reports/list.html", {"reports": reports})


@login_required
@require_GET
def report_download(request, report_id):
    report = get_object_or_404(Report, pk=report_id, owner=request.user)
    if not report.is_ready:
        raise Http404("report is still being generated")
    log.info("user %s downloaded report %s", request.user.pk, report.pk)
    return FileResponse(
        report.file.open("rb"),
        as_attachment=True,
        filename=report.download_name,
    )
