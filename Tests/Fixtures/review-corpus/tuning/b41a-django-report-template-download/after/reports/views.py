import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from reports.models import Report

log = logging.getLogger(__name__)

# Spreadsheet templates customers fill in and re-upload (e.g. "imports/contacts.xlsx").
TEMPLATE_ROOT = Path(settings.REPORT_TEMPLATE_DIR).resolve()


def _template_file(name):
    candidate = (TEMPLATE_ROOT / name).resolve()
    if not candidate.is_relative_to(TEMPLATE_ROOT) or not candidate.is_file():
        raise Http404("no such template")
    return candidate


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


@login_required
@require_GET
def template_download(request, name):
    path = _template_file(name)
    log.info("user %s downloaded template %s", request.user.pk, path.relative_to(TEMPLATE_ROOT))
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
