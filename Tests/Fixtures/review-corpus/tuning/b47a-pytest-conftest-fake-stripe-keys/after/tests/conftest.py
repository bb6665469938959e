import pytest

from accounts.tests.factories import UserFactory


@pytest.fixture
def user(db):
    return UserFactory(email="alice@example.test")


@pytest.fixture
def api_client(user):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(user=user)
    return client


@pytest.fixture(autouse=True)
def _no_outbound_email(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _fake_stripe(settings, monkeypatch):
    # Tests must never reach Stripe: point the SDK at stripe-mock with placeholder keys.
    settings.STRIPE_SECRET_KEY = "sk_test_00000000000000000000000000"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_test_not_a_real_secret"
    monkeypatch.setattr("stripe.api_base", "http://127.0.0.1:12111")
