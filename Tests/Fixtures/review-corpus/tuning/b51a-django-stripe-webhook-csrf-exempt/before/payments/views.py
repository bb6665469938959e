import stripe
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

stripe.api_key = settings.STRIPE_SECRET_KEY


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
