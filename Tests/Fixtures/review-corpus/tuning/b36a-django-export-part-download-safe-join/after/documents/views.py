import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils._os import safe_join
from django.views.decorators.http import require_GET

from .models import Export


def _export_path(organisation, name: str) -> str:
    """Resolve ``name`` inside the organisation's export folder.

    safe_join raises SuspiciousFileOperation when the joined, normalised path
    would fall outside the base directory (``..`` segments, absolute names).
    """
    base = os.path.join(settings.EXPORT_ROOT, str(organisation.pk))
    try:
        path = safe_join(base, name)
    except SuspiciousFileOperation:
        raise Http404("no such export")
    if not os.path.isfile(path):
        raise Http404("no such export")
    return path


def _ready_export(request, export_id) -> Export:
    export = Export.objects.filter(pk=export_id, organisation=request.user.organisation).first()
    if export is None or export.status != Export.Status.READY:
        raise Http404("no such export")
    return export


@login_required
@require_GET
def export_list(request):
    exports = Export.objects.filter(organisation=request.user.organisation).order_by("-created_at")[:50]
    return render(request, "documents/exports.html", {"exports": exports})


@login_required
@require_GET
def download_export_part(request, export_id, part):
    """One file out of a split export; the worker unpacks parts next to the archive."""
    export = _ready_export(request, export_id)
    folder = os.path.splitext(export.filename)[0]
    path = _export_path(request.user.organisation, os.path.join(folder, part))
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))


@login_required
@require_GET
def download_export(request, export_id):
    export = _ready_export(request, export_id)
    path = _export_path(request.user.organisation, export.filename)
    return FileResponse(open(path, "rb"), as_attachment=True, filename=export.download_name)
