from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Invoice


def _serialize(inv):
    return {
        "id": inv.pk,
        "number": inv.number,
        "status": inv.status,
        "total": str(inv.total),
        "issued_at": inv.issued_at.isoformat(),
    }


@login_required
@require_GET
def invoice_list(request):
    org = request.user.profile.organization
    qs = Invoice.objects.filter(organization=org).order_by("-issued_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    return JsonResponse({"results": [_serialize(i) for i in qs[:200]]})
