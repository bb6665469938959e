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
