"""Inbound webhooks from the shipping carrier.

The carrier signs every delivery with HMAC-SHA256 over "<timestamp>.<raw body>"
using the shared secret configured in CARRIER_WEBHOOK_SECRET, and sends the
result in the X-Carrier-Signature header as "t=<unix ts>,v1=<hex digest>".
"""
import hashlib
import hmac
import json
import logging
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shipments.models import Shipment, TrackingEvent

logger = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _parse_signature_header(value: str) -> tuple[int, str] | None:
    parts = dict(p.split("=", 1) for p in value.split(",") if "=" in p)
    try:
        return int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        return None


def _signature_is_valid(header: str, body: bytes) -> bool:
    parsed = _parse_signature_header(header)
    if parsed is None:
        return False
    timestamp, received = parsed
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    secret = settings.CARRIER_WEBHOOK_SECRET.encode()
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@csrf_exempt
@require_POST
def carrier_tracking(request):
    header = request.headers.get("X-Carrier-Signature", "")
    if not _signature_is_valid(header, request.body):
        logger.warning("rejected carrier webhook with bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden("invalid signature")

    try:
        event = json.loads(request.body)
        tracking_number = event["tracking_number"]
        status = event["status"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed payload")

    shipment = Shipment.objects.filter(tracking_number=tracking_number).first()
    if shipment is None:
        # Unknown parcels are acknowledged so the carrier stops retrying.
        return HttpResponse(status=204)

    TrackingEvent.objects.create(
        shipment=shipment,
        status=status[:40],
        location=str(event.get("location", ""))[:120],
        raw=event,
    )
    if status == "delivered":
        shipment.mark_delivered()
    return HttpResponse(status=204)