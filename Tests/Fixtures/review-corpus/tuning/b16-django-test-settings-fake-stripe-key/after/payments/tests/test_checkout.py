import json

import pytest
import responses
from django.test import override_settings
from django.urls import reverse

from payments.models import Payment

FAKE_STRIPE = {
    "STRIPE_SECRET_KEY": "sk_test_dummy_not_a_real_key",
    "STRIPE_WEBHOOK_SECRET": "whsec_test_dummy",
}


@pytest.fixture
def stripe_api():
    with responses.RequestsMock() as rsps:
        rsps.post(
            "https://api.stripe.com/v1/checkout/sessions",
            json={"id": "cs_test_123", "url": "https://checkout.stripe.com/c/pay/cs_test_123"},
        )
        yield rsps


@pytest.mark.django_db
@override_settings(**FAKE_STRIPE)
def test_checkout_creates_pending_payment(client, django_user_model, stripe_api):
    user = django_user_model.objects.create_user("ana", password="pw-for-tests-only")
    client.force_login(user)

    resp = client.post(reverse("payments:checkout"), {"plan": "pro-monthly"})

    assert resp.status_code == 302
    assert resp["Location"].startswith("https://checkout.stripe.com/")
    payment = Payment.objects.get(user=user)
    assert payment.status == Payment.Status.PENDING
    assert payment.stripe_session_id == "cs_test_123"
    sent = json.loads(json.dumps(dict(stripe_api.calls[0].request.headers)))
    assert sent["Authorization"] == "Bearer sk_test_dummy_not_a_real_key"