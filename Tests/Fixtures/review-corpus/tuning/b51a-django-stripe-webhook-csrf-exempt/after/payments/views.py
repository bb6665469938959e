import logging

import stripe
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .tasks import handle_stripe_event

stripe.api_key = settings.STRIPE_SECRET_KEY
log = logging.getLogger(__name__)


@login_required
@require_POST
def start_checkout(request):
    org = request.user.profile.organization
    session = stripe.checkout.Session.create(
        mode="subscription",
        customer=org.stripe_customer_id,
        line_items=[{"price": settings.STRIPE_PRICE_TEAM, "quantity": org.seat_count}],
        success_url=request.build_absolute_uri(reverse("billing:success")),
        cancel_url=request.build_absolute_uri(reverse("billing:overview")),
        client_reference_id=str(org.pk),
    )
    return redirect(session.url, permanent=False)


@login_required
@require_POST
def open_portal(request):
    org = request.user.profile.organization
    portal = stripe.billing_portal.Session.create(
        customer=org.stripe_customer_id,
        return_url=request.build_absolute_uri(reverse("billing:overview")),
    )
    return redirect(portal.url, permanent=False)


@csrf_exempt  # called by Stripe's servers, authenticated by the signature below
@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(
            payload=request.body,
            sig_header=signature,
            secret=settings.STRIPE_WEBHOOK_SECRET,
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected stripe webhook with invalid payload or signature")
        return HttpResponseBadRequest("invalid signature")

    handle_stripe_event.delay(event["id"], event["type"])
    return HttpResponse(status=200)
