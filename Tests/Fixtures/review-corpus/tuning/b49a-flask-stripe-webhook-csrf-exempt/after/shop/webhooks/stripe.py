import logging

import stripe
from flask import Blueprint, abort, current_app, jsonify, request

from shop.extensions import csrf
from shop.orders import mark_paid, mark_payment_failed

log = logging.getLogger(__name__)

bp = Blueprint("stripe_webhooks", __name__, url_prefix="/webhooks/stripe")

HANDLED = {"checkout.session.completed", "payment_intent.payment_failed"}


@bp.post("/")
@csrf.exempt  # Stripe cannot send our CSRF token; authenticity comes from the signature check below.
def handle_event():
    payload = request.get_data()
    signature = request.headers.get("Stripe-Signature", "")
    secret = current_app.config["STRIPE_WEBHOOK_SECRET"]
    try:
        event = stripe.Webhook.construct_event(payload, signature, secret, tolerance=300)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected stripe webhook: bad payload or signature")
        abort(400)

    if event["type"] not in HANDLED:
        return jsonify(received=True)

    obj = event["data"]["object"]
    order_id = (obj.get("metadata") or {}).get("order_id")
    if not order_id:
        log.warning("stripe event %s without order_id metadata", event["id"])
        return jsonify(received=True)

    if event["type"] == "checkout.session.completed":
        mark_paid(order_id, stripe_ref=obj["id"], event_id=event["id"])
    else:
        mark_payment_failed(order_id, stripe_ref=obj["id"], event_id=event["id"])
    return jsonify(received=True)
