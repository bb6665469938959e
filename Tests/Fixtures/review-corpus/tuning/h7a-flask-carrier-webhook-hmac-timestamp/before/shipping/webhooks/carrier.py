import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from shipping.extensions import db
from shipping.models import Shipment, TrackingEvent

log = logging.getLogger(__name__)

bp = Blueprint("carrier_webhooks", __name__, url_prefix="/webhooks/carrier")


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["CARRIER_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/events")
def tracking_events():
    body = request.get_data()
    signature = request.headers.get("X-Carrier-Signature", "")
    if signature != _expected_signature(body):
        log.warning("carrier webhook with bad signature from %s", request.remote_addr)
        abort(401)

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
