import logging
import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils._os import safe_join
from django.views.decorators.http import require_GET, require_POST

from exports.models import Export
from exports.tasks import run_export

logger = logging.getLogger(__name__)

TEMPLATE_SUFFIXES = {".csv", ".xlsx"}


@login_required
@require_GET
def export_list(request):
    exports = (
        Export.objects.filter(organisation=request.user.organisation)
        .order_by("-created_at")
        .values("id", "kind", "status", "created_at", "row_count")[:100]
    )
    return JsonResponse({"results": list(exports)})


@login_required
@require_GET
def import_template(request, name: str):
    """Blank spreadsheets users fill in for bulk import, e.g. /imports/templates/products.xlsx"""
    try:
        path = Path(safe_join(settings.IMPORT_TEMPLATE_DIR, name))
    except SuspiciousFileOperation:
        raise Http404("no such template")
    if path.suffix.lower() not in TEMPLATE_SUFFIXES or not path.is_file():
        raise Http404("no such template")
    content_type, _ = mimetypes.guess_type(path.name)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name, content_type=content_type)


@login_required
@require_POST
def export_create(request):
    kind = request.POST.get("kind")
    if kind not in Export.Kind.values:
        return JsonResponse({"error": "unknown export kind"}, status=400)
    export = Export.objects.create(organisation=request.user.organisation, created_by=request.user, kind=kind)
    run_export.delay(export.pk)
    return JsonResponse({"id": export.pk, "status": export.status}, status=202)


@login_required
@require_GET
def export_download(request, pk: int):
    export = get_object_or_404(Export, pk=pk, organisation=request.user.organisation)
    if export.status != Export.Status.DONE or not export.file:
        raise Http404("export not ready")
    logger.info("export %s downloaded by %s", export.pk, request.user.pk)
    content_type, _ = mimetypes.guess_type(export.file.name)
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.download_name(),
        content_type=content_type or "application/octet-stream",
    )
