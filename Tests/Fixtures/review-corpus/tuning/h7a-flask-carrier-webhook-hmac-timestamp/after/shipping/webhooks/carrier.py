import hashlib
import hmac
import logging
import time

from flask import Blueprint, abort, current_app, jsonify, request

from shipping.extensions import db
from shipping.models import Shipment, TrackingEvent

log = logging.getLogger(__name__)

bp = Blueprint("carrier_webhooks", __name__, url_prefix="/webhooks/carrier")

MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = current_app.config["CARRIER_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _verify(req) -> None:
    timestamp = req.headers.get("X-Carrier-Timestamp", "")
    signature = req.headers.get("X-Carrier-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        log.warning("carrier webhook with stale/missing timestamp from %s", req.remote_addr)
        abort(401)
    if not hmac.compare_digest(signature, _expected_signature(timestamp, req.get_data())):
        log.warning("carrier webhook with bad signature from %s", req.remote_addr)
        abort(401)


@bp.get("/ping")
def ping():
    # The carrier's dashboard calls this (unsigned) when the endpoint is registered.
    return jsonify({"ok": True})


@bp.post("/events")
def tracking_events():
    _verify(request)

    payload = request.get_json(force=True)
    processed = 0
    for event in payload.get("events", []):
        shipment = Shipment.query.filter_by(carrier_tracking_no=event["tracking_number"]).one_or_none()
        if shipment is None:
            log.info("event for unknown tracking number %s", event["tracking_number"])
            continue
        db.session.add(
            TrackingEvent(
                shipment=shipment,
                code=event["code"],
                description=event.get("description", "")[:255],
                occurred_at=event["occurred_at"],
                location=event.get("location"),
            )
        )
        if event["code"] == "DELIVERED":
            shipment.mark_delivered(event["occurred_at"])
        processed += 1
    db.session.commit()
    return jsonify({"processed": processed})
