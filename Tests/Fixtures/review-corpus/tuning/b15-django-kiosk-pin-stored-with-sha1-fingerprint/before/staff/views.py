import hashlib

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Device, StaffProfile


def _fingerprint(value):
    """Short stable id for device serials in logs and dedup keys."""
    return hashlib.sha1(value.encode("utf-8")).hexdigest()


@login_required
@require_POST
def register_device(request):
    serial = request.POST.get("serial", "").strip()
    if not serial:
        return HttpResponseBadRequest("serial required")
    device, created = Device.objects.get_or_create(
        fingerprint=_fingerprint(serial),
        defaults={"owner": request.user, "label": request.POST.get("label", "")[:64]},
    )
    return JsonResponse({"id": device.id, "created": created})


@login_required
def device_list(request):
    devices = Device.objects.filter(owner=request.user).values("id", "label", "fingerprint")
    return JsonResponse({"devices": list(devices)})