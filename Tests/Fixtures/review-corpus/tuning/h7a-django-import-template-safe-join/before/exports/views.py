import logging
import mimetypes

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from exports.models import Export
from exports.tasks import run_export

logger = logging.getLogger(__name__)


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
