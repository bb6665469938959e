"""Fixtures for the integration suite.

The payment-provider stub runs in a throwaway container with a self-signed certificate
generated at start-up, so the test client cannot verify it. Nothing here is imported by
application code; production clients are built in app/payments/client.py with the
default verified context.
"""
import warnings

import pytest
import requests
import urllib3
from testcontainers.core.container import DockerContainer
from testcontainers.core.waiting_utils import wait_for_logs

from app.payments.client import PaymentClient

STUB_IMAGE = "ghcr.io/acme/payrail-stub:2.3.1"


@pytest.fixture(scope="session")
def payrail_stub():
    container = (
        DockerContainer(STUB_IMAGE)
        .with_env("STUB_TLS", "self-signed")
        .with_env("STUB_SEED", "integration")
        .with_exposed_ports(8443)
    )
    container.start()
    try:
        wait_for_logs(container, "listening on :8443", timeout=30)
        host = container.get_container_host_ip()
        port = container.get_exposed_port(8443)
        yield f"https://{host}:{port}"
    finally:
        container.stop()


@pytest.fixture
def stub_session(payrail_stub):
    """requests session for talking to the local stub container only."""
    session = requests.Session()
    # The stub's certificate is minted per run inside the container; there is no CA to pin.
    session.verify = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)
        yield session
    session.close()


@pytest.fixture
def payment_client(payrail_stub, stub_session):
    return PaymentClient(base_url=payrail_stub, api_key="test-key", session=stub_session)


@pytest.fixture(autouse=True)
def reset_stub(payrail_stub, stub_session):
    stub_session.post(f"{payrail_stub}/__admin/reset", timeout=5).raise_for_status()
    yield
