import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .handlers import handle_payment_event, handle_shipment_event


def _valid_signature(secret: str, body: bytes, header: str) -> bool:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


@csrf_exempt
@require_POST
def payments_webhook(request):
    if not _valid_signature(
        settings.PAYMENTS_WEBHOOK_SECRET, request.body, request.headers.get("X-Payments-Signature")
    ):
        return HttpResponseForbidden("bad signature")
    handle_payment_event(json.loads(request.body))
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def shipping_webhook(request):
    # Carrier signs the raw body with the shared secret from their partner portal.
    if not _valid_signature(
        settings.SHIPPING_WEBHOOK_SECRET, request.body, request.headers.get("X-Carrier-Signature")
    ):
        return HttpResponseForbidden("bad signature")
    handle_shipment_event(json.loads(request.body))
    return HttpResponse(status=204)
